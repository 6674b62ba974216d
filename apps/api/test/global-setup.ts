// Jest applies no module mapping to global setup, so these files are imported by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres } from '../../../libs/api/database/src/lib/embedded-postgres';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { migrate } from '../../../libs/api/database/src/lib/migrate';

/**
 * Gives the whole run one migrated database: DATABASE_URL when set, otherwise a fresh
 * in-memory PGlite started here (PGlite cannot start inside Jest's module sandbox).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres(undefined, 4);
    (globalThis as { embeddedPostgres?: typeof embedded }).embeddedPostgres = embedded;
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_POOL_SIZE = '1';
  }
  await migrate({ url: process.env.DATABASE_URL, poolSize: 1 }, () => undefined);
}
