import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { type EnrollmentFact, EnrollmentFacts, StaffLoader } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { visitNoteTypes } from '@waymark/shared/types';
import { closingOf } from './closed-deadlines';
import { DeadlineFacts } from './deadline-facts';
import { GeneratedTasks } from './generated-tasks';
import { type PlanningInput, plannedDeadlines } from './planned-deadlines';

/**
 * Brings an enrollment's generated tasks in line with its program's rules and what has been
 * done: creates the tasks now due to exist (for the primary case manager, or the supervisors'
 * queue while that user is no longer active), closes those whose work is done and cancels
 * the recurring ones of a closed enrollment.
 * Idempotent: run it as often as you like, from as many instances as you like.
 */
@Injectable()
export class DeadlinePlanner {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly facts: DeadlineFacts,
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
    const progress = await this.facts.of(enrollment.id, enrollment.clientId);
    const lastVisitOn = schedule ? await this.enrollments.lastContactOn(enrollment.clientId, visitNoteTypes(schedule), enrollment.openedOn) : null;
    const input: PlanningInput = { enrollment: { ...enrollment, primaryCaseManagerId: await this.activeCaseManager(enrollment) }, rules, progress, lastVisitOn, today: this.clock.today() };
    const planStatuses = await this.facts.planStatuses(enrollment.id);
    await this.tasks.sync(enrollment, plannedDeadlines(input), (task) => closingOf(task, input, planStatuses));
  }

  /** The enrollment's primary case manager while an active user; null hands their new work to the supervisors' queue. */
  async activeCaseManager({ primaryCaseManagerId }: EnrollmentFact): Promise<string | null> {
    if (!primaryCaseManagerId) return null;
    return (await this.staff.load(primaryCaseManagerId))?.active ? primaryCaseManagerId : null;
  }
}
