import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { EMERGENCY_ACCESS_GRANTED, type EmergencyAccessGrantedEvent, StaffLoader } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { addDays, TaskKind, TaskPriority, TaskSubject, taskDedupeKey } from '@waymark/shared/types';
import { RecordTasks } from './record-tasks';

/**
 * Someone broke the glass on a client: the supervisors' queue gets a review (who and why), due
 * the next day; a supervisor completes it once they have looked into it.
 */
@Injectable()
export class EmergencyAccessReview {
  constructor(
    private readonly tasks: RecordTasks,
    private readonly staff: StaffLoader,
    private readonly clock: Clock,
  ) {}

  @OnEvent(EMERGENCY_ACCESS_GRANTED, { suppressErrors: false })
  async granted(event: EmergencyAccessGrantedEvent): Promise<void> {
    const who = (await this.staff.load(event.userId))?.displayName ?? 'A user';
    await this.tasks.schedule(emergencyAccessReviewTask(event, who, this.clock.today()));
  }
}

/** The review task of an emergency access (the seed writes the same). */
export function emergencyAccessReviewTask(event: EmergencyAccessGrantedEvent, who: string, today: string) {
  return {
    kind: TaskKind.EMERGENCY_ACCESS_REVIEW,
    clientId: event.clientId,
    title: `Review emergency access to ${event.clientNumber}`,
    // Who and why, in their own words: the title is worded in the reader's language by the SPA,
    // and when and until when are on the grant's BREAK_GLASS event in the audit trail.
    details: `${who}: ${event.reason}`,
    dueOn: addDays(today, 1),
    priority: TaskPriority.HIGH,
    assigneeId: null,
    enrollmentId: null,
    subjectType: TaskSubject.ACCESS_GRANT,
    subjectId: event.grantId,
    dedupeKey: taskDedupeKey(TaskKind.EMERGENCY_ACCESS_REVIEW, event.grantId, 'review'),
  };
}
