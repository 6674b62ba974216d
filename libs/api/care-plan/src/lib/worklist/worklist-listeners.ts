import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ClientEvent, type EnrollmentChangedEvent, type EnrollmentEvent, EnrollmentFacts, type NoteEvent } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { ReferralEvent, type ReferralChangedEvent } from '@waymark/api/referral';
import { addDays } from '@waymark/shared/types';
import { type AssessmentEvent, CarePlanEvent, type CarePlanEventPayload } from '../shared/care-plan-events';
import { DeadlinePlanner } from './deadline-planner';
import { GeneratedTasks } from './generated-tasks';

/** Enough enrollments of one client for any real case. */
const CLIENT_ENROLLMENTS_MAX = 50;

/**
 * What the worklist answers to: an enrollment opened, changed or closed, a visit documented,
 * an assessment completed, a plan submitted, approved, returned or closed, a referral sent,
 * answered, booked or ended. Each reconciles the enrollment concerned inside the change's own
 * transaction, so the linked task closes (and the next one appears) with the work that did it.
 */
@Injectable()
export class WorklistListeners {
  constructor(
    private readonly planner: DeadlinePlanner,
    private readonly tasks: GeneratedTasks,
    private readonly enrollments: EnrollmentFacts,
    private readonly clock: Clock,
  ) {}

  @OnEvent(ClientEvent.ENROLLMENT_OPENED, { suppressErrors: false })
  async enrollmentOpened({ enrollment }: EnrollmentEvent): Promise<void> {
    await this.planner.reconcileFact(enrollment);
  }

  /**
   * A new primary case manager takes over the work the previous one held; a closing cancels
   * the hand-written tasks left open (the reconcile cancels the generated ones).
   */
  @OnEvent(ClientEvent.ENROLLMENT_CHANGED, { suppressErrors: false })
  async enrollmentChanged({ before, after }: EnrollmentChangedEvent): Promise<void> {
    if (before.primaryCaseManagerId !== after.primaryCaseManagerId) {
      await this.tasks.handOver(after.id, before.primaryCaseManagerId, await this.planner.activeCaseManager(after));
    }
    if (after.closedOn && !before.closedOn) await this.tasks.cancelManualOnClose(after.id);
    await this.planner.reconcileFact(after);
  }

  /** A visit counts for every enrollment of the client whose schedule asks for it. */
  @OnEvent(ClientEvent.NOTE_RECORDED, { suppressErrors: false })
  async noteRecorded({ note }: NoteEvent): Promise<void> {
    if (!note.signed) return;
    for (const enrollment of await this.openEnrollments(note.clientId)) await this.planner.reconcileFact(enrollment);
  }

  @OnEvent(CarePlanEvent.ASSESSMENT_COMPLETED, { suppressErrors: false })
  async assessmentCompleted({ enrollmentId, clientId }: AssessmentEvent): Promise<void> {
    if (enrollmentId) return this.planner.reconcile(enrollmentId);
    // A renewal done outside an enrollment still renews the instrument for each open one.
    for (const enrollment of await this.openEnrollments(clientId)) await this.planner.reconcileFact(enrollment);
  }

  @OnEvent(CarePlanEvent.PLAN_SUBMITTED, { suppressErrors: false })
  @OnEvent(CarePlanEvent.PLAN_APPROVED, { suppressErrors: false })
  @OnEvent(CarePlanEvent.PLAN_RETURNED, { suppressErrors: false })
  @OnEvent(CarePlanEvent.PLAN_CLOSED, { suppressErrors: false })
  async planChanged({ enrollmentId }: CarePlanEventPayload): Promise<void> {
    await this.planner.reconcile(enrollmentId);
  }

  /**
   * A referral's follow-ups live on the enrollment it was sent from. The event comes in the
   * sending agency's scope (whichever side moved it), where the enrollment is; read without
   * an access check, since a receiver's step or the expiry sweep moves it, not the sender's staff.
   */
  @OnEvent(ReferralEvent.CHANGED, { suppressErrors: false })
  async referralChanged({ referral }: ReferralChangedEvent): Promise<void> {
    if (!referral.enrollmentId) return;
    const [enrollment] = await this.enrollments.facts([referral.enrollmentId]);
    if (enrollment) await this.planner.reconcileFact(enrollment);
  }

  /** The client's enrollments not closed (none closes after today). */
  private openEnrollments(clientId: string) {
    return this.enrollments.inService({ clientId, closedSince: addDays(this.clock.today(), 1), afterId: null, limit: CLIENT_ENROLLMENTS_MAX });
  }
}
