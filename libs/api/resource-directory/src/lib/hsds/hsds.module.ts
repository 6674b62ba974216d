import { Module } from '@nestjs/common';
import { AuditModule } from '@waymark/api/audit';
import { DirectoryImportRepository } from './directory-import.repository';
import { DirectoryImportSweep } from './directory-import-sweep';
import { HsdsExportService } from './hsds-export.service';
import { HsdsImportService } from './hsds-import.service';
import { HsdsReadRepository } from './hsds-read.repository';
import { HsdsResolver } from './hsds.resolver';
import { HsdsWriteRepository } from './hsds-write.repository';

/** Open Referral HSDS import (JSON and CSV datapackage, validated row by row) and export. */
@Module({
  imports: [AuditModule],
  providers: [HsdsResolver, HsdsImportService, HsdsExportService, DirectoryImportRepository, HsdsReadRepository, HsdsWriteRepository, DirectoryImportSweep],
  exports: [HsdsImportService, HsdsExportService, DirectoryImportSweep],
})
export class HsdsModule {}
