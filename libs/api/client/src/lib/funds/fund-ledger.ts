import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { Clock, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, FundEntryKind, FundRequestStatus } from '@waymark/shared/types';
import { FundEntryEntity } from './fund-entry.entity';

export const FUND_ENTRY_SOURCE_TYPE = 'FundEntry';

/** A client's fund as SQL sums it. */
export interface FundTotals {
  balanceCents: number;
  committedCents: number;
}

export type NewFundEntry = Pick<FundEntryEntity, 'clientId' | 'kind' | 'amountCents' | 'occurredOn'> &
  Partial<Pick<FundEntryEntity, 'source' | 'requestId' | 'method' | 'reference' | 'note'>>;

/**
 * Takes the fund lock of each client (in id order, so two lockers cannot deadlock), held until
 * the transaction ends; a merge takes both its clients' locks so no payment lands on the alias.
 */
export async function lockFunds(tx: { query(sql: string, params: unknown[]): Promise<unknown> }, agencyId: string, clientIds: string[]): Promise<void> {
  for (const clientId of [...clientIds].sort()) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`fund:${agencyId}:${clientId}`]);
  }
}

/**
 * A client's fund ledger: lines are appended (audited, in the caller's transaction) and the
 * balance is their sum in SQL. Whatever moves money first takes the client's fund lock, so two
 * payments from one fund at once are checked against the balance one after the other.
 */
@Injectable()
export class FundLedger {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  private get entries() {
    return this.tenant.repository(FundEntryEntity);
  }

  /** Held until the transaction ends. */
  async lock(clientId: string): Promise<void> {
    await lockFunds(this.txHost.tx, this.context.agencyId, [clientId]);
  }

  /** The balance and what approved, unpaid requests hold of it, excluding `exceptRequestId`. */
  async totals(clientId: string, exceptRequestId: string | null = null): Promise<FundTotals> {
    const [row] = (await this.txHost.tx.query(
      `SELECT
         (SELECT coalesce(sum(CASE WHEN kind = '${FundEntryKind.DISBURSEMENT}' THEN -amount_cents ELSE amount_cents END), 0)
            FROM fund_entry WHERE agency_id = $1 AND client_id = $2)::bigint AS balance,
         (SELECT coalesce(sum(amount_cents), 0) FROM fund_request
            WHERE agency_id = $1 AND client_id = $2 AND status = '${FundRequestStatus.APPROVED}' AND id IS DISTINCT FROM $3::uuid)::bigint AS committed`,
      [this.context.agencyId, clientId, exceptRequestId],
    )) as { balance: string; committed: string }[];
    return { balanceCents: Number(row.balance), committedCents: Number(row.committed) };
  }

  async append(entry: NewFundEntry): Promise<FundEntryEntity> {
    const saved = await this.entries.save(
      this.entries.create({
        source: null,
        requestId: null,
        method: null,
        reference: null,
        note: null,
        ...entry,
        recordedBy: this.context.requirePrincipal().id,
        recordedAt: this.clock.now(),
      }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: FUND_ENTRY_SOURCE_TYPE,
      entityId: saved.id,
      clientId: saved.clientId,
      changes: {
        kind: { to: saved.kind },
        amountCents: { to: saved.amountCents },
        occurredOn: { to: saved.occurredOn },
        ...(saved.source ? { source: { to: saved.source } } : {}),
        ...(saved.requestId ? { requestId: { to: saved.requestId } } : {}),
        ...(saved.method ? { method: { to: saved.method } } : {}),
        ...(saved.reference ? { reference: { to: saved.reference } } : {}),
        ...(saved.note ? { noteLength: { to: saved.note.length } } : {}),
      },
    });
    return saved;
  }
}
