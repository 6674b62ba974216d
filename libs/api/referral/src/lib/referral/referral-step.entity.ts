import type { ReferralSide, ReferralStatus } from '@waymark/shared/types';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a referral's history, kept by the sending agency with the side and agency that took it. Never edited. */
@Entity('referral_step')
export class ReferralStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ReferralStatus;

  @Column({ type: 'text' })
  side: ReferralSide;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_agency_id', type: 'uuid', nullable: true })
  actorAgencyId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'appointment_at', type: 'timestamptz', nullable: true })
  appointmentAt: Date | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
