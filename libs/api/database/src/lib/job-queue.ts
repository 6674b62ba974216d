import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@waymark/api/common';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

/** The schema pg-boss keeps its queues in; created by the migrations (see JobQueueSchema). */
export const JOB_SCHEMA = 'pgboss';

/** Instances starting within this many seconds of each other share one start-up run. */
const START_SINGLETON_SECONDS = 60;

export interface RecurringJob {
  /** Queue name, e.g. 'care-plan.sweep'. */
  name: string;
  /** Cron expression (minutes at the finest). pg-boss fires each slot once across all instances. */
  cron: string;
  /**
   * Also run once as the queue starts, so an instance that boots does not wait for the first
   * cron slot. Instances booting together queue one such run between them (a singleton job).
   */
  runAtStart?: boolean;
  run(): Promise<void>;
}

/**
 * Scheduled work on pg-boss, a queue kept in PostgreSQL: several API instances share it and
 * never run one slot of a recurring job twice. pg-boss talks through the API's own connection
 * pool, so the embedded PGlite (one session) needs no second connection.
 * Contexts register their jobs while modules initialise; the queue starts once the app has
 * booted, and only where JOBS_ENABLED (tests run the work directly instead).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly jobs: RecurringJob[] = [];
  private boss?: PgBoss;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  register(job: RecurringJob): void {
    this.jobs.push(job);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOBS_ENABLED || this.jobs.length === 0) return;
    const pool = (this.dataSource.driver as unknown as { master: { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } }).master;
    const boss = new PgBoss({ db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) }, schema: JOB_SCHEMA });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    await boss.start();
    for (const job of this.jobs) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron);
      if (job.runAtStart) await boss.send(job.name, {}, { singletonKey: 'start', singletonSeconds: START_SINGLETON_SECONDS });
      await boss.work(job.name, async () => {
        await job.run();
      });
    }
    this.boss = boss;
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, close: false });
  }
}
