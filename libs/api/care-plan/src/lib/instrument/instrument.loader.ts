import { Injectable } from '@nestjs/common';
import { requestLoader } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { ClsService } from 'nestjs-cls';
import { In } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';
import { InstrumentModel } from './instrument.model';

const LOADER = Symbol('carePlan.instrumentLoader');

/** The instruments a page of assessments was answered on, one query per request; another agency's id loads nothing. */
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
}
