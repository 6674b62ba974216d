import { Injectable } from '@nestjs/common';
import { requestLoader } from '@waymark/api/common';
import { ClsService } from 'nestjs-cls';
import type { TaskModel } from './task.model';
import { TaskQueryService } from './task-query.service';

const NEXT_TASKS = Symbol('worklist.nextTasks');

/** Each client's next task, asked once for a whole page of clients (a caseload, search results). */
@Injectable()
export class NextTaskLoader {
  constructor(
    private readonly queries: TaskQueryService,
    private readonly cls: ClsService,
  ) {}

  of(clientId: string): Promise<TaskModel | null> {
    return requestLoader<string, TaskModel | null>(this.cls, NEXT_TASKS, (ids) => this.queries.nextFor(ids)).load(clientId);
  }
}
