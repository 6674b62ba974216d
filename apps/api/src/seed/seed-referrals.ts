import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TASK_ENTITY } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import { Role, TASK_CARRIER_ROLES, todayIsoDate } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { emptyCareRecords } from './care-seed-rows';
import type { DemoAgency } from './demo-agencies';
import { emptyReferralRecords, planReferrals, type ReferralPlanContext, type ReferralSeedEnrollment, type SeedService } from './plan-referrals';
import { Random } from './random';
import type { SeedProgress } from './seed-progress';
import { seededEvent, writeAuditEvents } from './write-audit';
import { writeReferrals } from './write-referrals';

/** The share of the sending agency's clients in service who have a referral. */
const REFERRED_SHARE = 0.4;

type Read = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * The first demo agency's referrals, after the directory: from its open enrollments to the
 * region's services and to the second agency on Waymark (with the consents that allow it), in
 * every status with their steps, timeline and follow-up tasks. Bulk SQL in one transaction;
 * made once: an agency that has referrals is left as it is.
 */
export async function seedReferrals(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[], wanted?: number): Promise<void> {
  const { log } = progress;
  const txHost: TransactionHost<TransactionalAdapterTypeOrm> = app.get(TransactionHost);
  await app.get(ClsService).run(() =>
    txHost.withTransaction(async () => {
      const run = (sql: string, params: unknown[]) => txHost.tx.query(sql, params);
      const read: Read = (sql, params) => txHost.tx.query(sql, params);
      const [senderDemo, partnerDemo] = demos;
      const agencies = await read<{ id: string; slug: string; name: string }>(`SELECT id, slug, name FROM agency WHERE slug = ANY($1)`, [demos.map((demo) => demo.slug)]);
      const sender = agencies.find((agency) => agency.slug === senderDemo?.slug);
      const partner = agencies.find((agency) => agency.slug === partnerDemo?.slug);
      if (!sender) return;
      const label = `seed: referrals of ${sender.name}`;
      if ((await read(`SELECT 1 FROM referral WHERE agency_id = $1 LIMIT 1`, [sender.id])).length) {
        log(`${label}: already there`);
        return;
      }

      const now = app.get(Clock).now();
      const ctx: ReferralPlanContext = {
        r: new Random(`waymark-referrals:${senderDemo.slug}`),
        now,
        today: todayIsoDate(now),
        senderAgencyId: sender.id,
        demoSenderId: await demoCaseManager(read, sender.id, senderDemo),
        services: await servicesSeenBy(read, sender.id),
        partner: partner ? { ...partner, staffIds: await carriersOf(read, partner.id), services: await servicesOf(read, partner.id) } : null,
        records: emptyReferralRecords(emptyCareRecords()),
      };
      if (ctx.partner && (!ctx.partner.services.length || !ctx.partner.staffIds.length)) ctx.partner = null;
      const enrollments = await enrollmentsOf(read, sender.id);
      // Asked for a number: every client in service referred, as often as it takes (some clients are referred to many services over the years).
      const share = wanted === undefined ? REFERRED_SHARE : Math.min(1, wanted / Math.max(1, enrollments.length));
      if (wanted !== undefined) ctx.perClient = Math.max(1, wanted / Math.max(1, Math.round(enrollments.length * share)));
      planReferrals(ctx, enrollments, share);

      const { records } = ctx;
      progress.tick(label, 0, records.referrals.length, `${label}: ${records.referrals.length} planned`);
      await writeReferrals(run, sender.id, records);
      await writeAuditEvents(run, sender.id, [
        ...records.referrals.map((referral) => seededEvent('Referral', referral.id, referral.client_id)),
        ...records.care.tasks.map((task) => seededEvent(TASK_ENTITY, task.id, task.client_id)),
      ]);
      progress.tick(label, records.referrals.length, records.referrals.length, `${label}: ${records.referrals.length} written`);
      const toPartner = records.referrals.filter((referral) => referral.receiver_agency_id).length;
      log(
        `${label}: ${records.referrals.length} referrals (${toPartner} to ${partner?.name ?? 'no agency on Waymark'}), ${records.steps.length} steps, ` +
          `${records.care.tasks.length} follow-up tasks, ${records.consents.length} consents to share with ${partner?.name ?? 'another agency'}`,
      );
    }),
  );
}

/** Each client in service once (their earliest open enrollment), with its primary case manager as the sender, in client-number order. */
async function enrollmentsOf(read: Read, agencyId: string): Promise<ReferralSeedEnrollment[]> {
  return read<ReferralSeedEnrollment>(
    `SELECT DISTINCT ON (c.client_number) c.id AS "clientId", e.id AS "enrollmentId", p.code AS program, e.primary_case_manager_id AS "senderId",
            to_char(e.opened_on, 'YYYY-MM-DD') AS "openedOn"
     FROM enrollment e
     JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
     JOIN program p ON p.agency_id = e.agency_id AND p.id = e.program_id
     JOIN app_user u ON u.id = e.primary_case_manager_id AND u.active AND u.role = ANY($2)
     WHERE e.agency_id = $1 AND c.status = 'ACTIVE' AND e.status IN ('ACTIVE', 'ON_HOLD')
     ORDER BY c.client_number, e.opened_on, e.id`,
    [agencyId, TASK_CARRIER_ROLES],
  );
}

const SERVICE_COLUMNS = `s.id, s.name, o.name AS "organizationName", array_agg(DISTINCT t.code) AS categories, array_agg(DISTINCT p.code) AS paths
  FROM service s
  JOIN organization o ON o.id = s.organization_id
  JOIN service_taxonomy st ON st.service_id = s.id
  JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
  CROSS JOIN LATERAL unnest(t.path) AS p(code)`;

/** Active services the agency sees (shared, or its own) that no agency on Waymark runs. */
function servicesSeenBy(read: Read, agencyId: string): Promise<SeedService[]> {
  return read<SeedService>(
    `SELECT ${SERVICE_COLUMNS}
     WHERE s.status = 'ACTIVE' AND o.waymark_agency_id IS NULL AND (o.visibility = 'SHARED' OR o.agency_id = $1)
     GROUP BY s.id, s.name, o.name ORDER BY s.name, o.name, s.id`,
    [agencyId],
  );
}

/** The partner agency's shared services on Waymark, its food pantry first. */
function servicesOf(read: Read, partnerId: string): Promise<SeedService[]> {
  return read<SeedService>(
    `SELECT ${SERVICE_COLUMNS}
     WHERE s.status = 'ACTIVE' AND o.waymark_agency_id = $1 AND o.visibility = 'SHARED'
     GROUP BY s.id, s.name, o.name ORDER BY bool_or(t.code = 'food-pantry') DESC, s.name, s.id`,
    [partnerId],
  );
}

/** The partner's users who work its inbox. */
async function carriersOf(read: Read, agencyId: string): Promise<string[]> {
  const users = await read<{ id: string }>(`SELECT id FROM app_user WHERE agency_id = $1 AND active AND role = ANY($2) ORDER BY email`, [agencyId, TASK_CARRIER_ROLES]);
  return users.map((user) => user.id);
}

/** The case manager whose login the demo lists, if there is one. */
async function demoCaseManager(read: Read, agencyId: string, demo: DemoAgency): Promise<string | null> {
  const email = demo.users.find((user) => user.role === Role.CASE_MANAGER)?.email;
  const [user] = email ? await read<{ id: string }>(`SELECT id FROM app_user WHERE agency_id = $1 AND email = $2`, [agencyId, email]) : [];
  return user?.id ?? null;
}
