import { Injectable } from '@nestjs/common';
import { ClientGate } from '@waymark/api/client';
import { requestLoader } from '@waymark/api/common';
import { ClsService } from 'nestjs-cls';
import type { TaskClientModel } from './task.model';

const LOADER = Symbol('care-plan.taskClientLoader');

/** The clients a page of tasks names, in one query per request. */
@Injectable()
export class TaskClientLoader {
  constructor(
    private readonly gate: ClientGate,
    private readonly cls: ClsService,
  ) {}

  load(id: string | null): Promise<TaskClientModel | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, TaskClientModel | null>(this.cls, LOADER, async (ids) => {
      const found = new Map((await this.gate.facts(ids)).map((client) => [client.id, client]));
      return ids.map((key) => {
        const client = found.get(key);
        return client ? { id: client.id, displayName: client.displayName, clientNumber: client.clientNumber } : null;
      });
    }).load(id);
  }
}
