import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { type EnrollmentFact, EnrollmentFacts, StaffLoader } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { type ReferralFact, ReferralFacts } from '@waymark/api/referral';
import { TASK_CARRIER_ROLES, visitNoteTypes } from '@waymark/shared/types';
import { closingOf } from './closed-deadlines';
import { DeadlineFacts } from './deadline-facts';
import { GeneratedTasks } from './generated-tasks';
import { type PlanningInput, plannedDeadlines } from './planned-deadlines';

/**
 * Brings an enrollment's generated tasks in line with its program's rules, its referrals and
 * what has been done: creates the tasks now due to exist (for the primary case manager, or the
 * supervisors' queue while that user is no longer active; a referral's follow-up for whoever
 * sent it), closes those whose work is done and cancels the recurring ones of a closed enrollment.
 * Idempotent: run it as often as you like, from as many instances as you like.
 */
@Injectable()
export class DeadlinePlanner {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly facts: DeadlineFacts,
    private readonly referrals: ReferralFacts,
    private readonly tasks: GeneratedTasks,
    private readonly staff: StaffLoader,
    private readonly clock: Clock,
  ) {}

  @Transactional()
  async reconcile(enrollmentId: string): Promise<void> {
    await this.reconcileFact(await this.enrollments.require(enrollmentId, 'read'));
  }

  @Transactional()
  async reconcileFact(enrollment: EnrollmentFact): Promise<void> {
    const { rules } = await this.enrollments.program(enrollment.programId);
    const schedule = rules.visitSchedule;
    const { progress, planStatuses } = await this.facts.of(enrollment.id, enrollment.clientId);
    const lastVisitOn = schedule ? await this.enrollments.lastContactOn(enrollment.clientId, visitNoteTypes(schedule), enrollment.openedOn) : null;
    const referrals = await this.referrals.forEnrollment(enrollment.id);
    const input: PlanningInput = {
      enrollment: { ...enrollment, primaryCaseManagerId: await this.activeCaseManager(enrollment) },
      rules,
      progress,
      lastVisitOn,
      today: this.clock.today(),
      referrals,
      referralSenders: await this.taskCarriers(referrals),
    };
    await this.tasks.sync(enrollment, plannedDeadlines(input), (task) => closingOf(task, input, planStatuses));
  }

  /** The referrals' senders who still carry tasks: the others' follow-ups go to the primary case manager. */
  private async taskCarriers(referrals: ReferralFact[]): Promise<Set<string>> {
    const senders = [...new Set(referrals.flatMap((referral) => (referral.sentBy ? [referral.sentBy] : [])))];
    const staff = await Promise.all(senders.map((id) => this.staff.load(id)));
    return new Set(staff.flatMap((user) => (user?.active && TASK_CARRIER_ROLES.includes(user.role) ? [user.id] : [])));
  }

  /** The enrollment's primary case manager while an active user; null hands their new work to the supervisors' queue. */
  async activeCaseManager({ primaryCaseManagerId }: EnrollmentFact): Promise<string | null> {
    if (!primaryCaseManagerId) return null;
    return (await this.staff.load(primaryCaseManagerId))?.active ? primaryCaseManagerId : null;
  }
}
