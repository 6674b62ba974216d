import { TenantEntity } from '@waymark/api/database';
import type { FundDifferenceResolution, FundRequestStatus } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A request to pay something out of a client's trust fund, from asking to reconciliation. */
@Entity('fund_request')
export class FundRequestEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text' })
  payee: string;

  /** A calendar date, 'YYYY-MM-DD'. */
  @Column({ name: 'needed_by', type: 'date' })
  neededBy: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Column({ type: 'text' })
  status: FundRequestStatus;

  /** Who approved or refused it (or cancelled it). */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ name: 'paid_by', type: 'uuid', nullable: true })
  paidBy: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'reconciled_by', type: 'uuid', nullable: true })
  reconciledBy: string | null;

  @Column({ name: 'reconciled_at', type: 'timestamptz', nullable: true })
  reconciledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  resolution: FundDifferenceResolution | null;

  @Column({ name: 'reconciliation_note', type: 'text', nullable: true })
  reconciliationNote: string | null;
}
