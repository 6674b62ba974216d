import { TenantEntity } from '@waymark/api/database';
import type { ReferralDeclineReason, ReferralOutcome, ReferralStatus, ReferralUrgency } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A referral, kept by the agency that sent it; `receiverAgencyId` names the agency on Waymark it goes to, if any. */
@Entity('referral')
export class ReferralEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ name: 'service_name', type: 'text', nullable: true })
  serviceName: string | null;

  @Column({ name: 'organization_name', type: 'text', nullable: true })
  organizationName: string | null;

  @Column({ name: 'provider_name', type: 'text', nullable: true })
  providerName: string | null;

  @Column({ name: 'provider_phone', type: 'text', nullable: true })
  providerPhone: string | null;

  @Column({ name: 'provider_email', type: 'text', nullable: true })
  providerEmail: string | null;

  @Column({ name: 'provider_address', type: 'text', nullable: true })
  providerAddress: string | null;

  @Column({ name: 'receiver_agency_id', type: 'uuid', nullable: true })
  receiverAgencyId: string | null;

  @Column({ name: 'consent_id', type: 'uuid', nullable: true })
  consentId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', array: true })
  needs: string[];

  @Column({ type: 'text' })
  urgency: ReferralUrgency;

  @Column({ name: 'note_for_receiver', type: 'text', nullable: true })
  noteForReceiver: string | null;

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'appointment_at', type: 'timestamptz', nullable: true })
  appointmentAt: Date | null;

  @Column({ name: 'appointment_location', type: 'text', nullable: true })
  appointmentLocation: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: ReferralDeclineReason | null;

  @Column({ type: 'text', nullable: true })
  outcome: ReferralOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ name: 'sent_by', type: 'uuid', nullable: true })
  sentById: string | null;
}
