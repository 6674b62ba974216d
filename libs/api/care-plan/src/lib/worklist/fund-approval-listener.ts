import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ClientEvent, type FundRequestEvent } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { daysBetween, FundRequestStatus, TaskKind, TaskPriority, TaskStatus, TaskSubject, taskDedupeKey } from '@waymark/shared/types';
import { RecordTasks } from './record-tasks';

/** A request needed within this many days is urgent for the supervisors. */
const SOON_DAYS = 2;

/**
 * A trust-fund request waits in the supervisors' queue (no assignee) until one decides on it:
 * approving or refusing does the task, a cancellation cancels it. Written in the request's own
 * transaction, so the task exists exactly while the request waits.
 */
@Injectable()
export class FundApprovalListener {
  constructor(
    private readonly tasks: RecordTasks,
    private readonly clock: Clock,
  ) {}

  @OnEvent(ClientEvent.FUND_REQUESTED, { suppressErrors: false })
  async requested({ request }: FundRequestEvent): Promise<void> {
    const today = this.clock.today();
    const dueOn = request.neededBy < today ? today : request.neededBy;
    await this.tasks.schedule({
      kind: TaskKind.FUND_APPROVAL,
      clientId: request.clientId,
      title: 'Approve or refuse a fund request',
      details: null,
      dueOn,
      priority: daysBetween(today, dueOn) <= SOON_DAYS ? TaskPriority.HIGH : TaskPriority.NORMAL,
      assigneeId: null,
      enrollmentId: null,
      subjectType: TaskSubject.FUND_REQUEST,
      subjectId: request.id,
      dedupeKey: taskDedupeKey(TaskKind.FUND_APPROVAL, request.id, 'decision'),
    });
  }

  @OnEvent(ClientEvent.FUND_REQUEST_DECIDED, { suppressErrors: false })
  async decided({ request }: FundRequestEvent): Promise<void> {
    const cancelled = request.status === FundRequestStatus.CANCELLED;
    const note = cancelled ? 'The fund request was cancelled' : `The fund request was ${request.status.toLowerCase()}`;
    await this.tasks.close(TaskSubject.FUND_REQUEST, request.id, cancelled ? TaskStatus.CANCELLED : TaskStatus.DONE, note, [TaskKind.FUND_APPROVAL]);
  }
}
