import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import { ChartAuditSampleRule } from '@waymark/shared/types';
import { ClientSettingsService } from '../access/client-settings.service';

/** A chart as a chart audit samples it: one enrollment of a client, and whose caseload it is on. */
export interface SampledChart {
  enrollmentId: string;
  clientId: string;
  programId: string;
  workerId: string | null;
  /** 'YYYY-MM-DD' the enrollment opened, and closed (null while open). */
  openedOn: string;
  closedOn: string | null;
}

export interface ChartSampleQuestion {
  /** The quarter's first and last day: enrollments in service at some point of it. */
  from: string;
  to: string;
  programId: string | null;
  workerId: string | null;
  rule: ChartAuditSampleRule | null;
  /** Orders the candidates: the same seed over the same charts picks the same sample. */
  seed: string;
  size: number;
}

/** A contact note of a chart, as the note-signing check judges it. */
export interface ChartNoteFact {
  enrollmentId: string;
  id: string;
  /** 'YYYY-MM-DD' (UTC) of the contact. */
  occurredOn: string;
  /** 'YYYY-MM-DD' (UTC) it was signed; null while a draft. */
  signedOn: string | null;
  occurredAt: Date;
  signedAt: Date | null;
  /** Signed later than the agency's late-entry days allowed when it was signed (case_note.late_entry). */
  lateEntry: boolean;
}

/** A consent as the consent check judges it. */
export interface ChartConsentFact {
  id: string;
  clientId: string;
  recipientName: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  /** 'YYYY-MM-DD' (UTC). */
  revokedOn: string | null;
}

/**
 * What a chart audit reads of the client context, in one SQL statement each for all the
 * sampled charts at once, without an access check: the chart audit is a supervisor's (its
 * policy says who) and audits every chart it touches itself.
 */
@Injectable()
export class ChartFacts {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly settings: ClientSettingsService,
  ) {}

  /** How many days a note may wait for its signature before it is a late entry (the agency's setting). */
  async lateEntryDays(): Promise<number> {
    return (await this.settings.current()).lateEntryDays;
  }

  /** Enrollments open at some point of the quarter (open, or closed since it began), in the seed's order. */
  async sample({ from, to, programId, workerId, rule, seed, size }: ChartSampleQuestion): Promise<SampledChart[]> {
    return this.txHost.tx.query(
      `SELECT e.id AS "enrollmentId", e.client_id AS "clientId", e.program_id AS "programId", e.primary_case_manager_id AS "workerId",
              to_char(e.opened_on, 'YYYY-MM-DD') AS "openedOn", to_char(e.closed_on, 'YYYY-MM-DD') AS "closedOn"
       FROM enrollment e JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
       WHERE e.agency_id = $1 AND e.opened_on <= $3 AND (e.closed_on IS NULL OR e.closed_on >= $2) AND c.merged_into_id IS NULL
         AND ($4::uuid IS NULL OR e.program_id = $4) AND ($5::uuid IS NULL OR e.primary_case_manager_id = $5)
         AND ($6::text IS NULL OR ($6 = '${ChartAuditSampleRule.HIGH_RISK}' AND c.risk_level = 'HIGH') OR ($6 = '${ChartAuditSampleRule.OPENED_IN_QUARTER}' AND e.opened_on >= $2))
       ORDER BY md5($7 || e.id::text), e.id
       LIMIT $8`,
      [this.context.agencyId, from, to, programId, workerId, rule, seed, size],
    );
  }

  /** The contact notes of the enrollments (their own, or their client's not tied to a program) whose contact fell in [from, to]. */
  async notes(enrollmentIds: readonly string[], from: string, to: string): Promise<ChartNoteFact[]> {
    if (!enrollmentIds.length) return [];
    return this.txHost.tx.query(
      `SELECT e.id AS "enrollmentId", n.id, to_char(n.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "occurredOn",
              CASE WHEN n.status = 'SIGNED' THEN to_char(n.signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') END AS "signedOn",
              n.occurred_at AS "occurredAt", CASE WHEN n.status = 'SIGNED' THEN n.signed_at END AS "signedAt", n.late_entry AS "lateEntry"
       FROM enrollment e JOIN case_note n ON n.agency_id = e.agency_id AND n.client_id = e.client_id AND (n.enrollment_id = e.id OR n.enrollment_id IS NULL)
       WHERE e.agency_id = $1 AND e.id = ANY($2) AND n.occurred_at >= $3::date AND n.occurred_at < $4::date + 1
       ORDER BY n.occurred_at, n.id`,
      [this.context.agencyId, enrollmentIds, from, to],
    );
  }

  /** The agency's consents among `ids`. */
  async consents(ids: readonly string[]): Promise<ChartConsentFact[]> {
    if (!ids.length) return [];
    return this.txHost.tx.query(
      `SELECT id, client_id AS "clientId", recipient_name AS "recipientName", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", to_char(effective_until, 'YYYY-MM-DD') AS "effectiveUntil",
              to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "revokedOn"
       FROM consent WHERE agency_id = $1 AND id = ANY($2)`,
      [this.context.agencyId, ids],
    );
  }
}
