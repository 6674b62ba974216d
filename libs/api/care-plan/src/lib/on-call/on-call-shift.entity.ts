import { TenantEntity } from '@waymark/api/database';
import type { OnCallTier } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** The audit trail's name for a shift. */
export const ON_CALL_SHIFT = 'OnCallShift';

/** One worker on call for the agency, on one tier, from one instant to another (end exclusive). */
@Entity('on_call_shift')
export class OnCallShiftEntity extends TenantEntity {
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  tier: OnCallTier;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** How to reach them on this shift (the on-call phone), when not their usual number. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
