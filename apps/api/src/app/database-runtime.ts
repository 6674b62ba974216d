import { resolve } from 'node:path';
import type { AppConfig } from '@waymark/api/common';
import { type DatabaseOptions, startEmbeddedPostgres } from '@waymark/api/database';

export interface DatabaseRuntime {
  options: DatabaseOptions;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PGlite in PGLITE_DATA_DIR, on a pool of one. */
export async function openDatabase(config: AppConfig): Promise<DatabaseRuntime> {
  if (config.DATABASE_URL) {
    return { options: { url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }, embedded: false, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(resolve(config.PGLITE_DATA_DIR));
  return { options: { url: embedded.url, poolSize: 1 }, embedded: true, stop: embedded.stop };
}
