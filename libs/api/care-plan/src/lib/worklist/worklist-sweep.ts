import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SystemContext } from '@waymark/api/audit';
import { EnrollmentFacts } from '@waymark/api/client';
import { AppConfig, Clock } from '@waymark/api/common';
import { JobQueue } from '@waymark/api/database';
import { AgencyService } from '@waymark/api/identity';
import { addDays } from '@waymark/shared/types';
import { DeadlinePlanner } from './deadline-planner';
import { GeneratedTasks } from './generated-tasks';

/** The full round: every enrollment reconciled (TASK_RECONCILE_CRON, daily), then escalation. */
const RECONCILE_JOB = 'care-plan.reconcile';
/** The cheap round: overdue tasks escalated in one UPDATE per agency (TASK_SWEEP_CRON). */
const ESCALATE_JOB = 'care-plan.escalate';

/** Enrollments reconciled per page. */
const BATCH = 100;

/** How long after closure an enrollment is still swept: longer than any program's last follow-up. */
const CLOSED_SWEEP_DAYS = 400;

/**
 * The scheduled sweep, two jobs on pg-boss. Often (TASK_SWEEP_CRON) it only escalates overdue
 * tasks, which is cheap. Once a day (TASK_RECONCILE_CRON, and as an instance starts) it also
 * reconciles every enrollment in service, for each agency as its SYSTEM actor — each
 * enrollment in its own transaction, so one that fails is logged and retried next time
 * without holding up the rest: deadlines mostly move with the events that change them, the
 * daily round makes the ones time alone brings (the next monitoring, follow-ups). The queue
 * runs one round of a job at a time across instances, and every write is idempotent anyway.
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
    this.queue.register({ name: RECONCILE_JOB, cron: this.config.TASK_RECONCILE_CRON, runAtStart: true, run: () => this.run() });
    this.queue.register({ name: ESCALATE_JOB, cron: this.config.TASK_SWEEP_CRON, run: () => this.escalate() });
  }

  /** The full round for every agency: reconcile, then escalate. */
  run(): Promise<void> {
    return this.eachAgency((agencyId) => this.runFor(agencyId));
  }

  /** Escalation alone for every agency. */
  escalate(): Promise<void> {
    return this.eachAgency((agencyId) => this.escalateFor(agencyId));
  }

  /** One agency's escalation alone, answering how many tasks it escalated (a test escalates its own agency and leaves the others' tasks as they are). */
  escalateFor(agencyId: string): Promise<number> {
    return this.system.run(agencyId, () => this.tasks.escalateOverdue());
  }

  /** One agency's full round, as its SYSTEM actor (a test sweeps its own agency and leaves the others alone). */
  runFor(agencyId: string): Promise<void> {
    return this.system.run(agencyId, () => this.sweepAgency());
  }

  private async eachAgency(work: (agencyId: string) => Promise<unknown>): Promise<void> {
    for (const agencyId of await this.agencies.allIds()) {
      try {
        await work(agencyId);
      } catch (error) {
        // One agency's failure (logged, retried next round) does not hold up the others'.
        this.logger.error({ err: error, agencyId }, 'could not sweep the worklist of an agency');
      }
    }
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
