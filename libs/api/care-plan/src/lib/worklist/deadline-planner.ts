import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { type EnrollmentFact, EnrollmentFacts } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { visitNoteTypes } from '@waymark/shared/types';
import { DeadlineFacts } from './deadline-facts';
import { GeneratedTasks } from './generated-tasks';
import { plannedDeadlines } from './planned-deadlines';

/**
 * Brings an enrollment's generated tasks in line with its program's rules and what has been
 * done: creates the tasks now due to exist, closes those whose work is done, cancels the
 * recurring ones of a closed enrollment and hands open ones to its primary case manager.
 * Idempotent: run it as often as you like, from as many instances as you like.
 */
@Injectable()
export class DeadlinePlanner {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly facts: DeadlineFacts,
    private readonly tasks: GeneratedTasks,
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
    const planned = plannedDeadlines({ enrollment, rules, progress, lastVisitOn, today: this.clock.today() });
    await this.tasks.sync(enrollment, planned);
  }
}
