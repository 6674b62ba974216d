import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../migrations';
import { StatementCountingLogger } from './statement-tally';

/**
 * Every connection's settings. JIT off: our statements are short, and PostgreSQL's JIT, costed
 * on row estimates, compiled for 0.2 s before a caseload count that then ran in milliseconds.
 * (PGlite, which has no JIT, ignores it.)
 */
export const SESSION_SETTINGS = '-c jit=off';

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
    logger: new StatementCountingLogger(),
    extra: { application_name: 'waymark-api', options: SESSION_SETTINGS },
  };
}
