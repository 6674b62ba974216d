import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditSealer, AuditVerifier, PLATFORM_CHAIN } from '@waymark/api/audit';
import { AgencyService } from '@waymark/api/identity';
import { migrate, revertLast } from '@waymark/api/database';
import { TransactionHost } from '@nestjs-cls/transactional';
import { ClsService } from 'nestjs-cls';
import { parseArgs } from 'node:util';
import { AppModule } from './app/app.module';
import { type DatabaseRuntime, openDatabase } from './app/database-runtime';
import { readConfigOrExit } from './app/read-config';
import { exportDirectoryFiles, importDirectoryFiles } from './directory-files';
import { parseSeedArgs } from './seed/seed-args';
import { seedDemo } from './seed/seed-demo';
import { addStarterInstruments } from './seed/starter-care';

const USAGE = `usage: cli <command>
  migrate                      apply pending migrations
  revert                       revert the most recent migration
  seed [--scale small|large] [--clients N] [--services N] [--workers N] [--notes N] [--referrals N]
                               create the demo agencies with their clients, notes, consents and programs,
                               and the resource directory of their region (skips what exists);
                               --scale small: 5,000 clients, 20 workers, about 100,000 notes, 10,000 referrals,
                               5,000 directory services; --scale large: 50,000 clients, 200 workers, about
                               1,000,000 notes, 100,000 referrals, 20,000 services (and a quarter of the workers'
                               reads and writes in the audit trail); a count given overrides the scale's:
                               --clients: N clients at Riverside instead of 300, up to 100000;
                               --services: N directory services instead of 400, up to 100000;
                               --workers: N users at Riverside instead of 10, up to 1000;
                               --notes: about N case notes at Riverside, up to 3000000;
                               --referrals: about N referrals from Riverside, up to 300000
  create-agency --name N --slug S --admin-email E --admin-name A [--admin-password P]
                               create an agency, its first admin (who must change the password) and the
                               starter assessment instruments;
                               the password is better given in WAYMARK_ADMIN_PASSWORD
  schema                       write apps/api/schema.graphql from the code
  directory-import --agency S [--visibility SHARED|PRIVATE] <file-or-folder>
                               import HSDS into the agency's directory: a JSON file, or a folder with
                               datapackage.json and a CSV per table; prints progress and every problem
  directory-export --agency S --format json|csv <out>
                               write the agency's directory as HSDS: a JSON file, or a folder (CSV)
  verify-audit                 seal pending audit events and verify every chain`;

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const config = readConfigOrExit();
  if (!command || !['migrate', 'revert', 'seed', 'create-agency', 'schema', 'verify-audit', 'directory-import', 'directory-export'].includes(command)) {
    console.error(USAGE);
    process.exit(2);
  }
  // On a terminal the seed draws a progress bar; piped or logged, it prints a line per step.
  const seedOptions = command === 'seed' ? { ...parseSeedArgs(rest), progressBar: process.stdout.isTTY } : {};
  const database = await openDatabase(config);
  try {
    if (command === 'migrate') return await migrate(database.options, log);
    if (command === 'revert') return await revertLast(database.options, log);
    await migrate(database.options, log);
    await withApp(database, command === 'schema', async (app) => {
      if (command === 'seed') await seedDemo(app, log, seedOptions);
      if (command === 'create-agency') await createAgency(app, rest);
      if (command === 'verify-audit') await verifyAudit(app);
      if (command === 'directory-import') await importDirectoryFiles(app, rest, log);
      if (command === 'directory-export') await exportDirectoryFiles(app, rest, log);
    });
  } finally {
    await database.stop();
  }

  async function withApp(db: DatabaseRuntime, writeSchema: boolean, work: (app: INestApplication) => Promise<void>) {
    // A one-off command runs no scheduled work: the API instances do, and this process is gone in a moment.
    config.JOBS_ENABLED = false;
    const module = AppModule.forRoot({ config, database: db.options, schemaFile: writeSchema ? 'apps/api/schema.graphql' : undefined });
    const app = await NestFactory.create(module, new FastifyAdapter(), { logger: ['error', 'warn'] });
    await app.init();
    try {
      await work(app);
      if (writeSchema) log('schema: wrote apps/api/schema.graphql');
    } finally {
      await app.close();
    }
  }
}

async function createAgency(app: INestApplication, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { name: { type: 'string' }, slug: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' }, 'admin-password': { type: 'string' } },
  });
  // Prefer the environment for the password: a command line shows in `ps` and shell history.
  const { name, slug, 'admin-email': email, 'admin-name': displayName, 'admin-password': password = process.env.WAYMARK_ADMIN_PASSWORD } = values;
  if (!name || !slug || !email || !displayName || !password) {
    throw new Error('create-agency: needs --name, --slug, --admin-email, --admin-name and a password (WAYMARK_ADMIN_PASSWORD or --admin-password)');
  }
  // The agency with its starter assessment instruments, in one transaction.
  const result = await app.get(ClsService).run(() =>
    app.get(TransactionHost).withTransaction(async () => {
      const made = await app.get(AgencyService).createWithAdmin({ name, slug, admin: { email, displayName, password, mustChangePassword: true } });
      await addStarterInstruments(app, made.agencyId);
      return made;
    }),
  );
  log(`create-agency: created agency ${result.agencyId} with admin ${result.adminId}`);
}

async function verifyAudit(app: INestApplication): Promise<void> {
  const sealed = await app.get(AuditSealer).sealPending();
  log(`verify-audit: sealed ${sealed} pending events`);
  const chains: { chain: string }[] = await app
    .get<DataSource>(getDataSourceToken())
    .query(`SELECT id::text AS chain FROM agency UNION ALL SELECT $1`, [PLATFORM_CHAIN]);
  let broken = 0;
  for (const { chain } of chains) {
    const report = await app.get(AuditVerifier).verify(chain);
    if (!report.intact) broken++;
    log(`verify-audit: ${chain}: ${report.intact ? 'intact' : `BROKEN at event ${report.firstBrokenEventId} (seq ${report.firstBrokenSequence})`}, ${report.sealedCount} sealed, ${report.unsealedCount} unsealed`);
  }
  if (broken) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
