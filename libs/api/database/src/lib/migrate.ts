import { DataSource } from 'typeorm';
import { dataSourceOptions, type DatabaseOptions } from './database-options';

type Log = (line: string) => void;

/** Applies pending migrations; safe to run any number of times. */
export async function migrate(options: DatabaseOptions, log: Log): Promise<void> {
  await withMigrationLock(options, async (dataSource) => {
    const pending = await pendingMigrations(dataSource);
    if (pending.length === 0) {
      log('migrate: database is up to date');
      return;
    }
    log(`migrate: ${pending.length} pending`);
    for (const [i, name] of pending.entries()) log(`migrate: [${i + 1}/${pending.length}] ${name}`);
    await dataSource.runMigrations({ transaction: 'each' });
    log('migrate: done');
  });
}

/** Reverts the most recent migration. */
export async function revertLast(options: DatabaseOptions, log: Log): Promise<void> {
  await withMigrationLock(options, async (dataSource) => {
    const applied = await dataSource.query(`SELECT name FROM schema_migration ORDER BY id DESC LIMIT 1`).catch(() => []);
    if (applied.length === 0) {
      log('revert: nothing to revert');
      return;
    }
    log(`revert: ${applied[0].name}`);
    await dataSource.undoLastMigration({ transaction: 'each' });
    log('revert: done');
  });
}

async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const tableExists = await dataSource.query(`SELECT to_regclass('schema_migration') IS NOT NULL AS exists`);
  const applied: Set<string> = new Set(
    tableExists[0].exists ? (await dataSource.query(`SELECT name FROM schema_migration`)).map((row: { name: string }) => row.name) : [],
  );
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}

/**
 * Several API instances may start at once, each migrating: a session advisory lock lets one
 * migrate while the others wait, then find nothing pending. The pool has one connection, so
 * the lock and the migrations share a session.
 */
async function withMigrationLock(options: DatabaseOptions, work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  await withDataSource(options, async (dataSource) => {
    await dataSource.query(`SELECT pg_advisory_lock(hashtext('waymark.migrate'))`);
    try {
      await work(dataSource);
    } finally {
      await dataSource.query(`SELECT pg_advisory_unlock(hashtext('waymark.migrate'))`);
    }
  });
}

async function withDataSource<T>(options: DatabaseOptions, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions({ ...options, poolSize: 1 }));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
