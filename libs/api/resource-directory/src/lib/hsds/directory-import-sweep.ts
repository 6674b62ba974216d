import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig } from '@waymark/api/common';
import { JobQueue } from '@waymark/api/database';
import { DIRECTORY_IMPORT_STALE_MINUTES, DIRECTORY_IMPORT_STOPPED_PROBLEM, DirectoryImportStatus } from '@waymark/shared/types';
import type { ImportProblem } from './hsds-rows';

/** The round (DIRECTORY_IMPORT_SWEEP_CRON) that closes imports whose process stopped. */
const SWEEP_JOB = 'directory-import.sweep';

const STOPPED: ImportProblem = { file: '', row: null, field: null, message: DIRECTORY_IMPORT_STOPPED_PROBLEM };

/**
 * An import runs in the process that took its request; if that process stops mid-import the
 * row would stay RUNNING and its page would poll it forever. Each batch beats the import's
 * heartbeat (progressed_at), so this round, on pg-boss and as an instance starts, marks FAILED
 * every RUNNING import whose heartbeat is older than DIRECTORY_IMPORT_STALE_MINUTES. An import
 * alive in any instance keeps its heartbeat fresh, so the round is safe with several instances.
 *
 * One UPDATE across all agencies, by the database's clock (the heartbeat's own): no client data
 * is read or written, and a system job correcting the status of an import is not audited (the
 * row itself keeps the problem line and finished_at).
 */
@Injectable()
export class DirectoryImportSweep implements OnModuleInit {
  private readonly logger = new Logger(DirectoryImportSweep.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.queue.register({ name: SWEEP_JOB, cron: this.config.DIRECTORY_IMPORT_SWEEP_CRON, runAtStart: true, run: () => this.run() });
  }

  /** Fails the stalled imports of every agency. */
  async run(): Promise<void> {
    const result = await this.txHost.tx.query(
      `UPDATE directory_import SET status = $1, finished_at = now(), problems = problems || $2::jsonb
       WHERE status = $3 AND progressed_at < now() - make_interval(mins => $4)
       RETURNING id::text, agency_id::text AS "agencyId"`,
      [DirectoryImportStatus.FAILED, JSON.stringify([STOPPED]), DirectoryImportStatus.RUNNING, DIRECTORY_IMPORT_STALE_MINUTES],
    );
    // UPDATE … RETURNING comes back as [rows, count] from the pg driver through TypeORM.
    const rows = (Array.isArray(result[0]) ? result[0] : result) as { id: string; agencyId: string }[];
    for (const row of rows) this.logger.warn({ importId: row.id, agencyId: row.agencyId }, 'directory import stopped with its process; marked FAILED');
  }
}
