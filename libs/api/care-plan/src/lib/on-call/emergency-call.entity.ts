import { TenantEntity } from '@waymark/api/database';
import type { CallerRelation, CallSeverity } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** The audit trail's and the timeline's name for a call. */
export const EMERGENCY_CALL = 'EmergencyCall';

/** An after-hours call the on-call worker took, what they did, and the follow-up it asks of the client's worker. */
@Entity('emergency_call')
export class EmergencyCallEntity extends TenantEntity {
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'caller_name', type: 'text' })
  callerName: string;

  @Column({ name: 'caller_relation', type: 'text' })
  callerRelation: CallerRelation;

  @Column({ name: 'caller_phone', type: 'text', nullable: true })
  callerPhone: string | null;

  /** Null: about someone the agency does not know, or no client at all. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ name: 'what_happened', type: 'text' })
  whatHappened: string;

  @Column({ name: 'action_taken', type: 'text' })
  actionTaken: string;

  @Column({ type: 'text' })
  severity: CallSeverity;

  @Column({ name: 'taken_by', type: 'uuid' })
  takenBy: string;

  @Column({ name: 'follow_up_needed', type: 'boolean' })
  followUpNeeded: boolean;

  /** A calendar date, 'YYYY-MM-DD'. */
  @Column({ name: 'follow_up_due_on', type: 'date', nullable: true })
  followUpDueOn: string | null;

  /** Who the follow-up task went to; null: the supervisors' queue. */
  @Column({ name: 'follow_up_assignee_id', type: 'uuid', nullable: true })
  followUpAssigneeId: string | null;

  @Column({ name: 'follow_up_note', type: 'text', nullable: true })
  followUpNote: string | null;

  @Column({ name: 'followed_up_by', type: 'uuid', nullable: true })
  followedUpBy: string | null;

  @Column({ name: 'followed_up_at', type: 'timestamptz', nullable: true })
  followedUpAt: Date | null;
}
