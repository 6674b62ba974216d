import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@waymark/api/common';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

/** The schema pg-boss keeps its queues in: pg-boss creates it (and migrates it) itself the first time it starts. */
export const JOB_SCHEMA = 'pgboss';

/** Instances starting within this many seconds of each other share one start-up run. */
const START_SINGLETON_SECONDS = 60;

/**
 * At most one round of a job queued and one running, across all instances: a round that
 * outlasts its cron slot is never overlapped by the next, and slots missed meanwhile queue one
 * round, not a backlog.
 */
const ONE_ROUND_AT_A_TIME = 'stately';

export interface RecurringJob {
  /** Queue name, e.g. 'care-plan.sweep'. */
  name: string;
  /**
   * Cron expression (minutes at the finest). pg-boss fires each slot once across all instances,
   * and runs one round of the job at a time: a slot that comes while a round runs waits for it.
   */
  cron: string;
  /**
   * Also run once as the queue starts, so an instance that boots does not wait for the first
   * cron slot. Instances booting together queue one such run between them.
   */
  runAtStart?: boolean;
  run(): Promise<void>;
}

/** Work done on demand: a job sent to its queue (now or later) runs once on some instance. */
export interface OneOffJob<T extends object = object> {
  name: string;
  run(data: T): Promise<void>;
}

/** How a one-off job is sent: `executeSql` writes it through the caller's transaction, so it exists only if that commits. */
export interface SendJobOptions {
  startAfter?: Date;
  executeSql?: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;
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
  private readonly oneOffs: OneOffJob[] = [];
  private boss?: PgBoss;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  register(job: RecurringJob): void {
    this.jobs.push(job);
  }

  /** A queue of one-off jobs this instance works on while the queue runs. */
  registerOneOff<T extends object>(job: OneOffJob<T>): void {
    this.oneOffs.push(job as OneOffJob);
  }

  /**
   * Sends one job to a one-off queue; false when the queue does not run here (JOBS_ENABLED off,
   * as in tests, which call the work directly) and nothing was sent.
   */
  async send(name: string, data: object, options: SendJobOptions = {}): Promise<boolean> {
    if (!this.boss) return false;
    const { startAfter, executeSql } = options;
    await this.boss.send(name, data, { ...(startAfter ? { startAfter } : {}), ...(executeSql ? { db: { executeSql } } : {}) });
    return true;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOBS_ENABLED || this.jobs.length + this.oneOffs.length === 0) return;
    const pool = (this.dataSource.driver as unknown as { master: { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } }).master;
    const boss = new PgBoss({ db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) }, schema: JOB_SCHEMA });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    await boss.start();
    for (const job of this.jobs) {
      await boss.createQueue(job.name, { name: job.name, policy: ONE_ROUND_AT_A_TIME });
      await boss.schedule(job.name, job.cron);
      // No singleton key: the start-up round counts as a round of the job like a cron one, so it never overlaps them.
      if (job.runAtStart) await boss.send(job.name, {}, { singletonSeconds: START_SINGLETON_SECONDS });
      await boss.work(job.name, async () => {
        await job.run();
      });
    }
    for (const job of this.oneOffs) {
      await boss.createQueue(job.name, { name: job.name });
      await boss.work<object>(job.name, async ([first]) => {
        await job.run(first.data);
      });
    }
    this.boss = boss;
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, close: false });
  }
}
