export * from './lib/database.module';
export * from './lib/base-entities';
export * from './lib/database-options';
export * from './lib/embedded-postgres';
export * from './lib/migrate';
export * from './lib/tenant-repository';
export * from './lib/job-queue';
export { migrations } from './migrations';
export * from './lib/unique-violation';
