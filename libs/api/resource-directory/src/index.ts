export { ResourceDirectoryModule } from './lib/resource-directory.module';
export { DirectoryServices, type DirectoryServiceSummary } from './lib/catalog/directory-services';
export { DirectoryHandouts, type DirectoryHandout, type HandoutOpening } from './lib/catalog/directory-handouts';
export { HsdsImportService } from './lib/hsds/hsds-import.service';
export { HsdsExportService } from './lib/hsds/hsds-export.service';
export { DirectoryImportSweep } from './lib/hsds/directory-import-sweep';
export { TaxonomyTerms } from './lib/taxonomy/taxonomy-terms.service';
export type { TaxonomyTermModel } from './lib/taxonomy/taxonomy-term.model';
