import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SystemContext } from '@waymark/api/audit';
import { EnrollmentFacts } from '@waymark/api/client';
import { AppConfig, Clock } from '@waymark/api/common';
import { JobQueue } from '@waymark/api/database';
import { AgencyService } from '@waymark/api/identity';
import { addDays } from '@waymark/shared/types';
import { DeadlinePlanner } from './deadline-planner';
import { GeneratedTasks } from './generated-tasks';

export const SWEEP_JOB = 'care-plan.sweep';

/** Enrollments reconciled per page. */
const BATCH = 100;

/** How long after closure an enrollment is still swept: longer than any program's last follow-up. */
const CLOSED_SWEEP_DAYS = 400;

/**
 * The scheduled sweep (pg-boss, TASK_SWEEP_CRON): for each agency, as its SYSTEM actor,
 * reconciles every enrollment in service — each in its own transaction, so one that fails is
 * logged and retried next time without holding up the rest — then escalates overdue tasks.
 * Safe to run from several instances at once: every write is idempotent.
 */
@Injectable()
export class WorklistSweep implements OnModuleInit {
  private readonly logger = new Logger(WorklistSweep.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
    private readonly agencies: AgencyService,
    private readonly system: SystemContext,
    private readonly enrollments: EnrollmentFacts,
    private readonly planner: DeadlinePlanner,
    private readonly tasks: GeneratedTasks,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register({ name: SWEEP_JOB, cron: this.config.TASK_SWEEP_CRON, runAtStart: true, run: () => this.run() });
  }

  async run(): Promise<void> {
    for (const agencyId of await this.agencies.allIds()) {
      try {
        await this.runFor(agencyId);
      } catch (error) {
        // One agency's failure (logged, retried next round) does not hold up the others'.
        this.logger.error({ err: error, agencyId }, 'could not sweep the worklist of an agency');
      }
    }
  }

  /** One agency's round, as its SYSTEM actor (a test sweeps its own agency and leaves the others alone). */
  runFor(agencyId: string): Promise<void> {
    return this.system.run(agencyId, () => this.sweepAgency());
  }

  private async sweepAgency(): Promise<void> {
    const closedSince = addDays(this.clock.today(), -CLOSED_SWEEP_DAYS);
    let afterId: string | null = null;
    for (;;) {
      const page = await this.enrollments.inService({ closedSince, afterId, limit: BATCH });
      for (const enrollment of page) {
        try {
          await this.planner.reconcileFact(enrollment);
        } catch (error) {
          this.logger.error({ err: error, enrollmentId: enrollment.id }, 'could not reconcile the deadlines of an enrollment');
        }
      }
      if (page.length < BATCH) break;
      afterId = page[page.length - 1].id;
    }
    await this.tasks.escalateOverdue();
  }
}
