export { ResourceDirectoryModule } from './lib/resource-directory.module';
export { DirectoryServices, type DirectoryServiceSummary } from './lib/catalog/directory-services';
