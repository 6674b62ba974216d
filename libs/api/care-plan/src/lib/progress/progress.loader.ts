import { Injectable } from '@nestjs/common';
import { groupedBy, requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { ProgressEntryEntity } from './progress-entry.entity';
import { ProgressEntryModel } from './progress-entry.model';

const BY_GOAL = Symbol('carePlan.progressByGoal');

/** Progress of a page of goals by goal key (every version of the plan), oldest first, in one query. */
@Injectable()
export class ProgressLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly cls: ClsService,
  ) {}

  byGoal(goalKey: string): Promise<ProgressEntryModel[]> {
    return requestLoader<string, ProgressEntryModel[]>(this.cls, BY_GOAL, async (keys) => {
      const rows = await this.tenant
        .repository(ProgressEntryEntity)
        .find({ where: { goalKey: In([...keys]) }, order: { recordedOn: 'ASC', createdAt: 'ASC' } });
      return groupedBy(keys, rows.map(ProgressEntryModel.from), (row) => row.goalKey);
    }).load(goalKey);
  }
}
