import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import type { ReferralFact } from './referral-fact';

const COLUMNS = `id, client_id AS "clientId", enrollment_id AS "enrollmentId", status, sent_at AS "sentAt", appointment_at AS "appointmentAt",
  coalesce(service_name, provider_name) AS label, sent_by AS "sentBy"`;

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
  forEnrollment(enrollmentId: string): Promise<ReferralFact[]> {
    return this.txHost.tx.query(`SELECT ${COLUMNS} FROM referral WHERE agency_id = $1 AND enrollment_id = $2 ORDER BY created_at, id`, [
      this.context.agencyId,
      enrollmentId,
    ]);
  }

  /** The agency's referrals among `ids`, in one query. */
  of(ids: readonly string[]): Promise<ReferralFact[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.txHost.tx.query(`SELECT ${COLUMNS} FROM referral WHERE agency_id = $1 AND id = ANY($2)`, [this.context.agencyId, ids]);
  }
}
