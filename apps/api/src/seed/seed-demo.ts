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
import { seedCareRecords } from './seed-care';
import { seedClientRecords } from './seed-client-records';
import { seedDirectory } from './seed-directory';
import { seedReferrals } from './seed-referrals';

type Log = (line: string) => void;

export interface SeedOptions {
  /** Clients for the first demo agency instead of its default (`db:seed --clients N`). */
  clients?: number;
  /** Agencies to make instead of DEMO_AGENCIES: a test seeds its own under other slugs. */
  agencies?: DemoAgency[];
  /** Services in the resource directory instead of its default (`db:seed --services N`). */
  services?: number;
}

/**
 * Creates the demo agencies, their users and their client records, then the resource
 * directory of their region; an agency or a directory that already exists is left as it is.
 */
export async function seedDemo(app: INestApplicationContext, log: Log, options: SeedOptions = {}): Promise<void> {
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
    const [admin, ...others] = [...demo.users, ...demo.staff];
    const clients = i === 0 && options.clients !== undefined ? options.clients : demo.clients;
    // One transaction per agency, so a seed cut short leaves nothing half made to skip next time.
    const made = await app.get(ClsService).run(() => app.get(TransactionHost).withTransaction(async () => {
      const { agencyId, adminId } = await agencies.createWithAdmin({
        name: demo.name,
        slug: demo.slug,
        admin: { ...admin, password: DEMO_PASSWORD, mustChangePassword: false },
      });
      // The others are created as their admin would create them, so the trail reads naturally.
      context.setPrincipal({ actorType: ActorType.USER, id: adminId, agencyId, role: Role.ADMIN, sessionId: adminId, mustChangePassword: false });
      for (const user of others) await users.create({ ...user, password: DEMO_PASSWORD }, { mustChangePassword: false });
      const tools = { txHost: app.get(TransactionHost), audit: app.get(AuditTrail), log };
      const records = await seedClientRecords(tools, demo, agencyId, clients);
      await seedCareRecords(app, tools, demo, agencyId);
      return records;
    }));
    log(`${step}: created with ${demo.users.length + demo.staff.length} users, ${made.clients} clients and ${made.notes} case notes`);
  }
  await seedDirectory(app, log, demos, options.services);
  await seedReferrals(app, log, demos);
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
