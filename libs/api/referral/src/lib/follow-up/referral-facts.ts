import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import { referralLabel } from '@waymark/shared/types';
import type { ReferralFact } from './referral-fact';

const COLUMNS = `id, client_id AS "clientId", enrollment_id AS "enrollmentId", status, sent_at AS "sentAt", appointment_at AS "appointmentAt",
  service_name AS "serviceName", provider_name AS "providerName", sent_by AS "sentBy"`;

type FactRow = Omit<ReferralFact, 'label'> & { serviceName: string | null; providerName: string | null };

/** A row as a fact, named by the shared rule. */
function toFact({ serviceName, providerName, ...fact }: FactRow): ReferralFact {
  return { ...fact, label: referralLabel({ serviceName, providerName }) };
}

/**
 * The caller's agency's referrals as plain facts, read in SQL inside the caller's transaction
 * (a move being made is already seen) and without an access check: for the worklist, which
 * plans follow-ups of referrals the sender's staff made, and names them on tasks already shown.
 */
@Injectable()
export class ReferralFacts {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  /** Every referral sent from the enrollment, in any status (what became of one decides how its follow-up closes). */
  async forEnrollment(enrollmentId: string): Promise<ReferralFact[]> {
    const rows: FactRow[] = await this.txHost.tx.query(`SELECT ${COLUMNS} FROM referral WHERE agency_id = $1 AND enrollment_id = $2 ORDER BY created_at, id`, [
      this.context.agencyId,
      enrollmentId,
    ]);
    return rows.map(toFact);
  }

  /**
   * Every referral sent from any of the enrollments by the end of `sentBy` ('YYYY-MM-DD', UTC),
   * with the consent it was shared under: what a chart audit checks, in one query. Each is at
   * its status now; the referral keeps no history of its statuses to read one as of a past day.
   */
  async forEnrollments(enrollmentIds: readonly string[], sentBy: string): Promise<(ReferralFact & { consentId: string | null })[]> {
    if (!enrollmentIds.length) return [];
    const rows: (FactRow & { consentId: string | null })[] = await this.txHost.tx.query(
      `SELECT ${COLUMNS}, consent_id AS "consentId" FROM referral
       WHERE agency_id = $1 AND enrollment_id = ANY($2) AND sent_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC' ORDER BY created_at, id`,
      [this.context.agencyId, enrollmentIds, sentBy],
    );
    return rows.map(({ consentId, ...row }) => ({ ...toFact(row), consentId }));
  }

  /** The agency's referrals among `ids`, in one query. */
  async of(ids: readonly string[]): Promise<ReferralFact[]> {
    if (!ids.length) return [];
    const rows: FactRow[] = await this.txHost.tx.query(`SELECT ${COLUMNS} FROM referral WHERE agency_id = $1 AND id = ANY($2)`, [this.context.agencyId, ids]);
    return rows.map(toFact);
  }
}
