import { Injectable } from '@nestjs/common';
import { TenantScope } from '@waymark/api/database';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { requestLoader } from '@waymark/api/common';
import { ProgramEntity } from './entities/program.entity';
import { ProgramModel } from './program.model';

const LOADER = Symbol('client.programLoader');

/** The programs a page of enrollments and screens names, in one query. */
@Injectable()
export class ProgramLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly cls: ClsService,
  ) {}

  load(id: string): Promise<ProgramModel | null> {
    return requestLoader<string, ProgramModel | null>(this.cls, LOADER, async (ids) => {
      const rows = await this.tenant.repository(ProgramEntity).find({ where: { id: In([...ids]) } });
      const found = new Map(rows.map((row) => [row.id, ProgramModel.from(row)]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(id);
  }
}
