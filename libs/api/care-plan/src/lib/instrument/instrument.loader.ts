import { Injectable } from '@nestjs/common';
import { requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';
import { InstrumentModel } from './instrument.model';

const LOADER = Symbol('carePlan.instrumentLoader');
const NAMES_BY_CODE = Symbol('carePlan.instrumentNamesByCode');

/**
 * The instruments a page of assessments was answered on, and the names a page of tasks refers
 * to by code; one query per request; another agency's id or code loads nothing.
 */
@Injectable()
export class InstrumentLoader {
  constructor(
    private readonly tenant: TenantScope,
    private readonly cls: ClsService,
  ) {}

  load(id: string): Promise<InstrumentModel | null> {
    return requestLoader<string, InstrumentModel | null>(this.cls, LOADER, async (ids) => {
      const rows = await this.tenant.repository(InstrumentEntity).find({ where: { id: In([...ids]) } });
      const found = new Map(rows.map((row) => [row.id, InstrumentModel.from(row)]));
      return ids.map((key) => found.get(key) ?? null);
    }).load(id);
  }

  /** The name of the latest revision of the agency's instrument with this code. */
  nameOfCode(code: string): Promise<string | null> {
    return requestLoader<string, string | null>(this.cls, NAMES_BY_CODE, async (codes) => {
      // Few revisions per code: the newest first, and the first seen of each code wins.
      const rows = await this.tenant
        .repository(InstrumentEntity)
        .find({ select: { code: true, name: true, revision: true }, where: { code: In([...codes]) }, order: { revision: 'DESC' } });
      const found = new Map<string, string>();
      rows.forEach((row) => found.set(row.code, found.get(row.code) ?? row.name));
      return codes.map((code) => found.get(code) ?? null);
    }).load(code);
  }
}
