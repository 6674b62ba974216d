import { Injectable } from '@nestjs/common';
import { UserService } from '@waymark/api/identity';
import { ClsService } from 'nestjs-cls';
import { requestLoader } from '@waymark/api/common';
import { StaffModel } from './staff.model';

const LOADER = Symbol('client.staffLoader');

/**
 * Names of the workers a page shows (authors, case managers), batched per request so a
 * page of notes costs one query for its authors, not one per note.
 */
@Injectable()
export class StaffLoader {
  constructor(
    private readonly users: UserService,
    private readonly cls: ClsService,
  ) {}

  load(id: string | null | undefined): Promise<StaffModel | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, StaffModel | null>(this.cls, LOADER, async (ids) => {
      const found = new Map((await this.users.summaries(ids)).map((user) => [user.id, StaffModel.from(user)]));
      return ids.map((key) => found.get(key) ?? null);
    }).load(id);
  }
}
