export { ResourceDirectoryModule } from './lib/resource-directory.module';
export { DirectoryServices, type DirectoryServiceSummary } from './lib/catalog/directory-services';
export { HsdsImportService } from './lib/hsds/hsds-import.service';
export { HsdsExportService } from './lib/hsds/hsds-export.service';
