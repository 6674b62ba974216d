import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { AgencyService, UserService } from '@waymark/api/identity';
import { RequestContext } from '@waymark/api/common';
import { ActorType, Role } from '@waymark/shared/types';
import { TransactionHost } from '@nestjs-cls/transactional';
import { ClsService } from 'nestjs-cls';
import { DEMO_AGENCIES, DEMO_PASSWORD, type DemoAgency } from './demo-agencies';
import { workersOf } from './demo-workers';
import { partitionActivityMonths, sealSeededTrail, seedActivity } from './seed-activity';
import { seedAppointments } from './seed-appointments';
import { seedCareRecords } from './seed-care';
import { seedCareTeam } from './seed-care-team';
import { seedChartAudits } from './seed-chart-audits';
import { seedClientRecords } from './seed-client-records';
import { seedDocuments } from './seed-documents';
import { seedEmergencyAccess } from './seed-emergency-access';
import { seedDirectory } from './seed-directory';
import { seedFunds } from './seed-funds';
import { seedOnCall } from './seed-on-call';
import { barProgress, lineProgress, type SeedProgress } from './seed-progress';
import { seedReferrals } from './seed-referrals';
import { seedResourceLists } from './seed-resource-lists';
import { writeWorkers } from './write-workers';

type Log = (line: string) => void;

export interface SeedOptions {
  /** Clients for the first demo agency instead of its default (`db:seed --clients N`). */
  clients?: number;
  /** Agencies to make instead of DEMO_AGENCIES: a test seeds its own under other slugs. */
  agencies?: DemoAgency[];
  /** Services in the resource directory instead of its default (`db:seed --services N`). */
  services?: number;
  /** Users of the first demo agency instead of its demo logins and staff (`db:seed --workers N`). */
  workers?: number;
  /** About this many case notes at the first demo agency (`db:seed --notes N`). */
  notes?: number;
  /** About this many referrals from the first demo agency (`db:seed --referrals N`). */
  referrals?: number;
  /** A progress bar instead of progress lines (the CLI on a terminal). */
  progressBar?: boolean;
}

/**
 * Creates the demo agencies, their users and their client records, then the resource
 * directory of their region; an agency or a directory that already exists is left as it is.
 */
export async function seedDemo(app: INestApplicationContext, log: Log, options: SeedOptions = {}): Promise<void> {
  const progress = options.progressBar ? barProgress() : lineProgress(log);
  try {
    await seedAll(app, progress, options);
  } finally {
    progress.stop();
  }
}

async function seedAll(app: INestApplicationContext, progress: SeedProgress, options: SeedOptions): Promise<void> {
  const log = progress.log;
  const agencies = app.get(AgencyService);
  const users = app.get(UserService);
  const context = app.get(RequestContext);
  const demos = options.agencies ?? DEMO_AGENCIES;
  for (const [i, demo] of demos.entries()) {
    const step = `seed: [${i + 1}/${demos.length}] ${demo.name}`;
    if (await app.get(ClsService).run(() => agencies.findBySlug(demo.slug))) {
      log(`${step}: already there`);
      continue;
    }
    const first = i === 0;
    const { listed, more } = first && options.workers !== undefined ? workersOf(demo, options.workers) : { listed: [...demo.users, ...demo.staff], more: [] };
    const [admin, ...others] = listed;
    const clients = first && options.clients !== undefined ? options.clients : demo.clients;
    // Asked for a number of workers, the agency is seen at work: every worker's own tasks, and a year of their reads and writes in the trail.
    const atWork = first && options.workers !== undefined;
    if (atWork) await partitionActivityMonths(app);
    // One transaction per agency, so a seed cut short leaves nothing half made to skip next time
    // (PostgreSQL holds a transaction of millions of rows without trouble; it only shows them at commit).
    const made = await app.get(ClsService).run(() => app.get(TransactionHost).withTransaction(async () => {
      const { agencyId, adminId } = await agencies.createWithAdmin({
        name: demo.name,
        slug: demo.slug,
        admin: { ...admin, password: DEMO_PASSWORD, mustChangePassword: false },
      });
      // The others are created as their admin would create them, so the trail reads naturally.
      context.setPrincipal({ actorType: ActorType.USER, id: adminId, agencyId, role: Role.ADMIN, sessionId: adminId, mustChangePassword: false });
      for (const user of others) await users.create({ ...user, password: DEMO_PASSWORD }, { mustChangePassword: false });
      const tools = { txHost: app.get(TransactionHost), audit: app.get(AuditTrail), progress };
      await writeWorkers(tools, agencyId, more);
      const records = await seedClientRecords(tools, demo, agencyId, clients, first ? options.notes : undefined);
      await seedCareRecords(app, tools, demo, agencyId, { everyWorker: atWork });
      if (atWork) await seedActivity(tools, agencyId);
      return records;
    }));
    log(`${step}: created with ${listed.length + more.length} users, ${made.clients} clients and ${made.notes} case notes`);
  }
  await seedDirectory(app, progress, demos, options.services);
  await seedReferrals(app, progress, demos, options.referrals);
  await seedResourceLists(app, progress, demos);
  await seedAppointments(app, progress, demos);
  await seedDocuments(app, progress, demos);
  await seedCareTeam(app, progress, demos);
  await seedOnCall(app, progress, demos);
  await seedFunds(app, progress, demos);
  await seedEmergencyAccess(app, progress, demos);
  await seedChartAudits(app, progress, demos);
  // A seed of a chosen size may write hundreds of thousands of events: chained now, not by the next API to start.
  const sized = [options.clients, options.services, options.workers, options.notes, options.referrals].some((count) => count !== undefined);
  if (sized) await sealSeededTrail(app, progress);
}

/** `npm start` on a fresh embedded database: give a person something to sign in to. */
export async function seedDemoIfEmpty(app: INestApplicationContext, log: Log): Promise<void> {
  const [{ count }] = await app.get<DataSource>(getDataSourceToken()).query(`SELECT count(*)::int AS count FROM agency`);
  if (count === 0) await seedDemo(app, log);
}

/** Whether the demo agency is there, so its logins are worth printing. */
export async function demoLoaded(app: INestApplicationContext): Promise<boolean> {
  return Boolean(await app.get(ClsService).run(() => app.get(AgencyService).findBySlug(DEMO_AGENCIES[0].slug)));
}
