export { ResourceDirectoryModule } from './lib/resource-directory.module';
