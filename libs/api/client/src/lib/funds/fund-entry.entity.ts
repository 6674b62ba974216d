import type { FundDepositSource, FundEntryKind, FundPaymentMethod } from '@waymark/shared/types';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A line of a client's fund ledger: appended, never changed. There is no correcting line yet:
 * a wrong deposit is put right in the database by an administrator, outside the API.
 */
@Entity('fund_entry')
export class FundEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  kind: FundEntryKind;

  /** Always positive; the kind says which way it moves the balance (see fundEntryEffect). */
  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  /** When the money moved, 'YYYY-MM-DD'. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  /** Deposits only. */
  @Column({ type: 'text', nullable: true })
  source: FundDepositSource | null;

  /** Disbursements and returns: the request they settle. */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  /** Disbursements only. */
  @Column({ type: 'text', nullable: true })
  method: FundPaymentMethod | null;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
