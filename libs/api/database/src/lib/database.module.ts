import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type DatabaseOptions } from './database-options';
import { JobQueue } from './job-queue';
import { TenantScope } from './tenant-repository';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(options), autoLoadEntities: true })],
      providers: [TenantScope, JobQueue],
      exports: [TenantScope, JobQueue],
    };
  }
}
