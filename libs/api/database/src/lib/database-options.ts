import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../migrations';

export interface DatabaseOptions {
  url: string;
  /** 1 for embedded PGlite, which runs one session at a time. */
  poolSize: number;
}

export function dataSourceOptions({ url, poolSize }: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    poolSize,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { application_name: 'waymark-api' },
  };
}
