import { Injectable } from '@nestjs/common';
import { AgencySql } from './agency-sql';
import type { DirectoryImportStatus, HsdsFormat } from '@waymark/shared/types';
import type { ImportProblem } from './hsds-rows';

/** A directory_import row: an import's progress and its report. */
export interface DirectoryImportRow {
  id: string;
  format: HsdsFormat;
  fileName: string | null;
  status: DirectoryImportStatus;
  rowsTotal: number;
  rowsDone: number;
  rowsImported: number;
  rowsRejected: number;
  problems: ImportProblem[];
  startedAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id::text, format, file_name AS "fileName", status, rows_total AS "rowsTotal", rows_done AS "rowsDone",
  rows_imported AS "rowsImported", rows_rejected AS "rowsRejected", problems, started_at AS "startedAt", finished_at AS "finishedAt"`;

/** The caller's agency's imports, in SQL, inside the current transaction. */
@Injectable()
export class DirectoryImportRepository extends AgencySql {
  async create(values: { format: HsdsFormat; fileName: string; rowsTotal: number; problems: ImportProblem[]; startedBy: string | null }): Promise<DirectoryImportRow> {
    const rejected = values.problems.length;
    const [row] = await this.query<DirectoryImportRow>(
      `INSERT INTO directory_import (agency_id, format, file_name, status, rows_total, rows_done, rows_rejected, problems, started_by)
       VALUES ($1, $2, $3, 'RUNNING', $4, $5, $5, $6::jsonb, $7) RETURNING ${COLUMNS}`,
      [this.agencyId, values.format, values.fileName, values.rowsTotal, rejected, JSON.stringify(values.problems), values.startedBy],
    );
    return row;
  }

  /** Adds one batch's counts and problems, and beats the import's heartbeat (the sweep fails an import whose heartbeat went stale). */
  async progress(id: string, batch: { done: number; imported: number; rejected: number; problems: ImportProblem[] }): Promise<void> {
    await this.query(
      `UPDATE directory_import SET rows_done = rows_done + $3, rows_imported = rows_imported + $4, rows_rejected = rows_rejected + $5,
         problems = problems || $6::jsonb, progressed_at = now()
       WHERE id = $1 AND agency_id = $2`,
      [id, this.agencyId, batch.done, batch.imported, batch.rejected, JSON.stringify(batch.problems)],
    );
  }

  /** Ends a running import; one the sweep already closed as FAILED stays as the sweep left it. */
  async finish(id: string, status: DirectoryImportStatus, problems: ImportProblem[] = []): Promise<void> {
    await this.query(`UPDATE directory_import SET status = $3, finished_at = now(), problems = problems || $4::jsonb WHERE id = $1 AND agency_id = $2 AND status = 'RUNNING'`, [
      id,
      this.agencyId,
      status,
      JSON.stringify(problems),
    ]);
  }

  async find(id: string): Promise<DirectoryImportRow | null> {
    const [row] = await this.query<DirectoryImportRow>(`SELECT ${COLUMNS} FROM directory_import WHERE id = $1 AND agency_id = $2`, [id, this.agencyId]);
    return row ?? null;
  }

  /** The agency's latest imports, newest first. */
  list(first: number): Promise<DirectoryImportRow[]> {
    return this.query<DirectoryImportRow>(`SELECT ${COLUMNS} FROM directory_import WHERE agency_id = $1 ORDER BY started_at DESC, id LIMIT $2`, [
      this.agencyId,
      first,
    ]);
  }
}
