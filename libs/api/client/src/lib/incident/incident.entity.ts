import { TenantEntity } from '@waymark/api/database';
import type { IncidentSeverity, IncidentStatus, IncidentType, NotificationMethod, NotifiedParty } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** Someone was told of the incident; appended, never changed. Instants as ISO text (jsonb). */
export interface IncidentNotification {
  party: NotifiedParty;
  name: string | null;
  notifiedAt: string;
  method: NotificationMethod;
  recordedBy: string;
  recordedAt: string;
}

/** A critical incident report, editable until a supervisor reviews and signs it off. */
@Entity('incident')
export class IncidentEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'incident_type', type: 'text' })
  incidentType: IncidentType;

  @Column({ type: 'text' })
  severity: IncidentSeverity;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'actions_taken', type: 'text', nullable: true })
  actionsTaken: string | null;

  @Column({ type: 'jsonb' })
  notifications: IncidentNotification[];

  /** A calendar date, 'YYYY-MM-DD'. */
  @Column({ name: 'follow_up_due', type: 'date', nullable: true })
  followUpDue: string | null;

  @Column({ type: 'text' })
  status: IncidentStatus;

  @Column({ name: 'reported_by', type: 'uuid' })
  reportedBy: string;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;
}
