import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { AuditAction, HsdsFormat } from '@waymark/shared/types';
import type { NamedFile } from './hsds-csv-reader';
import { HsdsReadRepository } from './hsds-read.repository';
import { HSDS_TABLE_NAMES } from './hsds-tables';
import { hsdsCsv, hsdsJson } from './hsds-writers';

/** The agency's kept directory in HSDS, read in one transaction (one consistent picture) and audited with what it held. */
@Injectable()
export class HsdsExportService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
    private readonly reader: HsdsReadRepository,
  ) {}

  export(format: HsdsFormat): Promise<NamedFile[]> {
    return this.txHost.withTransaction(async () => {
      const tables = await this.reader.tables();
      await this.audit.record({
        action: AuditAction.EXPORT,
        entityType: 'DirectoryExport',
        changes: { format: { to: format }, rows: { to: Object.fromEntries(HSDS_TABLE_NAMES.map((name) => [name, tables[name].length])) } },
      });
      return format === HsdsFormat.HSDS_CSV ? hsdsCsv(tables) : [hsdsJson(tables)];
    });
  }
}
