import { Injectable } from '@nestjs/common';
import { UserService } from '@waymark/api/identity';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
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
    return id ? this.loader().load(id) : Promise.resolve(null);
  }

  private loader(): DataLoader<string, StaffModel | null> {
    let loader: DataLoader<string, StaffModel | null> | undefined = this.cls.get(LOADER);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = new Map((await this.users.summaries(ids)).map((user) => [user.id, StaffModel.from(user)]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.cls.set(LOADER, loader);
    }
    return loader;
  }
}
