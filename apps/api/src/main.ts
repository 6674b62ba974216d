import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '@waymark/api/database';
import { createApp } from './app/create-app';
import { openDatabase } from './app/database-runtime';
import { readConfigOrExit } from './app/read-config';
import { banner } from './app/print-banner';
import { demoLoaded, seedDemoIfEmpty } from './seed/seed-demo';

const SCHEMA_FILE = 'apps/api/schema.graphql';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const database = await openDatabase(config);
  const log = (line: string) => console.log(line);
  if (config.MIGRATE_ON_START) await migrate(database.options, log);

  const app = await createApp({ config, database: database.options, schemaFile: config.isProduction ? undefined : SCHEMA_FILE });
  if (database.embedded && config.MIGRATE_ON_START) await seedDemoIfEmpty(app, log);

  // Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const shownHost = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  const webBuilt = existsSync(join(config.WEB_DIST_DIR, 'index.html'));
  console.log(banner(`http://${shownHost}:${config.PORT}`, database.embedded, webBuilt, await demoLoaded(app)));
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
