import { TenantEntity } from '@waymark/api/database';
import type { AppointmentCanceller, AppointmentKind, AppointmentParty, AppointmentStatus, NotificationMethod, TransportProvider } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** Someone who must know of the appointment, and whether, when and how they were told. Instants as ISO text (jsonb). */
export interface AppointmentPartyEntry {
  /** Stable within the appointment, so "mark told" names one entry. */
  id: string;
  party: AppointmentParty;
  name: string | null;
  toldAt: string | null;
  method: NotificationMethod | null;
  toldBy: string | null;
}

/** A client's appointment: what, when, where, with whom, the transport there, who must know, and its outcome. */
@Entity('appointment')
export class AppointmentEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @Column({ type: 'text' })
  kind: AppointmentKind;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ name: 'with_whom', type: 'text', nullable: true })
  withWhom: string | null;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  /** What the directory called the service when booked, so the record reads the same after the directory changes. */
  @Column({ name: 'service_name', type: 'text', nullable: true })
  serviceName: string | null;

  @Column({ name: 'transport_needed', type: 'boolean' })
  transportNeeded: boolean;

  @Column({ name: 'transport_provider', type: 'text', nullable: true })
  transportProvider: TransportProvider | null;

  @Column({ name: 'transport_staff_id', type: 'uuid', nullable: true })
  transportStaffId: string | null;

  @Column({ name: 'transport_service_id', type: 'uuid', nullable: true })
  transportServiceId: string | null;

  @Column({ name: 'transport_service_name', type: 'text', nullable: true })
  transportServiceName: string | null;

  @Column({ name: 'pickup_at', type: 'timestamptz', nullable: true })
  pickupAt: Date | null;

  @Column({ name: 'transport_notes', type: 'text', nullable: true })
  transportNotes: string | null;

  @Column({ type: 'jsonb' })
  parties: AppointmentPartyEntry[];

  /** Who prepares it and records its outcome: the worklist's reminders go to them. */
  @Column({ name: 'responsible_worker_id', type: 'uuid', nullable: true })
  responsibleWorkerId: string | null;

  @Column({ name: 'booked_by', type: 'uuid', nullable: true })
  bookedBy: string | null;

  @Column({ type: 'text' })
  status: AppointmentStatus;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'outcome_recorded_at', type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null;

  @Column({ name: 'outcome_recorded_by', type: 'uuid', nullable: true })
  outcomeRecordedBy: string | null;

  @Column({ name: 'cancelled_by', type: 'text', nullable: true })
  cancelledBy: AppointmentCanceller | null;

  @Column({ name: 'follow_up_started', type: 'boolean' })
  followUpStarted: boolean;

  @Column({ name: 'rescheduled_from_id', type: 'uuid', nullable: true })
  rescheduledFromId: string | null;

  @Column({ name: 'rescheduled_to_id', type: 'uuid', nullable: true })
  rescheduledToId: string | null;
}
