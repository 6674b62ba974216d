import { Injectable } from '@nestjs/common';
import { UserService } from '@waymark/api/identity';
import { ClsService } from 'nestjs-cls';
import { requestLoader } from '@waymark/api/common';
import { StaffModel } from './staff.model';

const LOADER = Symbol('client.staffLoader');
const CASE_MANAGERS = Symbol('client.caseManagerLoader');

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
    return this.loadIn(LOADER, id);
  }

  /**
   * Case managers get their own batch: they are asked for when a page's enrollments arrive,
   * other staff (note authors) when their rows do, and whether those answers land in one tick
   * is timing. Sharing one batch made a page cost one staff query or two by chance; apart,
   * the count is fixed by what the page shows.
   */
  loadCaseManager(id: string | null | undefined): Promise<StaffModel | null> {
    return this.loadIn(CASE_MANAGERS, id);
  }

  private loadIn(loader: symbol, id: string | null | undefined): Promise<StaffModel | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, StaffModel | null>(this.cls, loader, async (ids) => {
      const found = new Map((await this.users.summaries(ids)).map((user) => [user.id, StaffModel.from(user)]));
      return ids.map((key) => found.get(key) ?? null);
    }).load(id);
  }
}
