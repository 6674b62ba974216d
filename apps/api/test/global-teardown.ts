// Jest applies no module mapping to global teardown, so this file is imported by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { EmbeddedPostgres } from '../../../libs/api/database/src/lib/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { embeddedPostgres?: EmbeddedPostgres }).embeddedPostgres?.stop();
}
