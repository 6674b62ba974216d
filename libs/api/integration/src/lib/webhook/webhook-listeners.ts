import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CarePlanEvent, type CarePlanEventPayload, type TaskOverdueEvent } from '@waymark/api/care-plan';
import { ClientEvent, type EnrollmentChangedEvent, type EnrollmentEvent } from '@waymark/api/client';
import { ReferralEvent, type ReferralChangedEvent } from '@waymark/api/referral';
import { EnrollmentStatus, WebhookEventType } from '@waymark/shared/types';
import { WebhookOutbox } from './webhook-outbox';

/**
 * Turns the domain events the contexts emit into webhook events, inside the change's
 * transaction (a failure here fails the change: no event is lost). Each payload names ids,
 * statuses and dates, nothing a receiver could read a person from.
 */
@Injectable()
export class WebhookListeners {
  constructor(private readonly outbox: WebhookOutbox) {}

  @OnEvent(ReferralEvent.CHANGED, { suppressErrors: false })
  async referralChanged({ referral, from }: ReferralChangedEvent): Promise<void> {
    if (from === referral.status) return;
    await this.outbox.record(WebhookEventType.REFERRAL_STATUS_CHANGED, {
      referralId: referral.id,
      clientId: referral.clientId,
      enrollmentId: referral.enrollmentId,
      fromStatus: from,
      status: referral.status,
    });
  }

  @OnEvent(ClientEvent.ENROLLMENT_OPENED, { suppressErrors: false })
  async enrollmentOpened({ enrollment }: EnrollmentEvent): Promise<void> {
    await this.outbox.record(WebhookEventType.ENROLLMENT_OPENED, {
      enrollmentId: enrollment.id,
      clientId: enrollment.clientId,
      programId: enrollment.programId,
      status: enrollment.status,
      openedOn: enrollment.openedOn,
    });
  }

  @OnEvent(ClientEvent.ENROLLMENT_CHANGED, { suppressErrors: false })
  async enrollmentChanged({ before, after }: EnrollmentChangedEvent): Promise<void> {
    if (after.status !== EnrollmentStatus.CLOSED || before.status === EnrollmentStatus.CLOSED) return;
    await this.outbox.record(WebhookEventType.CLIENT_DISCHARGED, {
      enrollmentId: after.id,
      clientId: after.clientId,
      programId: after.programId,
      status: after.status,
      closedOn: after.closedOn,
    });
  }

  @OnEvent(CarePlanEvent.PLAN_APPROVED, { suppressErrors: false })
  async planApproved(plan: CarePlanEventPayload): Promise<void> {
    await this.outbox.record(WebhookEventType.CARE_PLAN_APPROVED, {
      carePlanId: plan.carePlanId,
      clientId: plan.clientId,
      enrollmentId: plan.enrollmentId,
      status: plan.status,
    });
  }

  /** One event per task, so a receiver handles each on its own (and a replay resends one). */
  @OnEvent(CarePlanEvent.TASK_OVERDUE, { suppressErrors: false })
  async tasksOverdue({ tasks }: TaskOverdueEvent): Promise<void> {
    await this.outbox.recordMany(
      WebhookEventType.TASK_OVERDUE,
      tasks.map((task) => ({ taskId: task.taskId, clientId: task.clientId, kind: task.kind, dueOn: task.dueOn, assigneeId: task.assigneeId })),
    );
  }
}
