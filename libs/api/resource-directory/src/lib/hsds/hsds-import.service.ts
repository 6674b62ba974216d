import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, openReadBuffer } from '@waymark/api/audit';
import { BadInputError, type Principal, RequestContext } from '@waymark/api/common';
import { AuditAction, DIRECTORY_IMPORT_PROBLEMS_KEPT, DIRECTORY_IMPORT_TEXT_MAX, DirectoryImportStatus, type DirectoryVisibility, HsdsFormat } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { DirectoryImportModel } from './directory-import.model';
import { DirectoryImportRepository } from './directory-import.repository';
import { type NamedFile, readHsdsCsv } from './hsds-csv-reader';
import { readHsdsJson } from './hsds-json-reader';
import type { ImportProblem, ImportUnit } from './hsds-rows';
import { HsdsUnitWriter } from './hsds-unit-writer';
import { HsdsWriteRepository } from './hsds-write.repository';

/** Units written per transaction: progress shows after each, and other requests get the database in between. */
const BATCH_SIZE = 100;
const FILE_NAMES_MAX_LENGTH = 500;

export interface HsdsImportRequest {
  format: HsdsFormat;
  visibility: DirectoryVisibility;
  files: NamedFile[];
  /** Told after each batch (the CLI prints it). */
  onProgress?: (done: number, total: number) => void;
}

/** How the import's report tells of the problems it did not keep. */
const omitted = (count: number): ImportProblem => ({ file: '', row: null, field: null, message: `${count} more problems are not listed` });

/**
 * HSDS import. `start` reads the files (a file that is not HSDS at all is refused at once),
 * records the import and returns it RUNNING; the rows are written after the response, a batch
 * per transaction, as the caller (same agency, same audit actor). Each batch adds its counts
 * and problems to the import's row, which the SPA polls.
 */
@Injectable()
export class HsdsImportService implements OnApplicationShutdown {
  private readonly logger = new Logger(HsdsImportService.name);
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly cls: ClsService,
    private readonly audit: AuditTrail,
    private readonly imports: DirectoryImportRepository,
    private readonly writes: HsdsWriteRepository,
  ) {}

  async start(request: HsdsImportRequest): Promise<DirectoryImportModel> {
    const { units, problems } = read(request);
    const principal = this.context.requirePrincipal();
    const names = request.files.map((file) => file.name);
    const row = await this.txHost.withTransaction(async () => {
      const created = await this.imports.create({
        format: request.format,
        fileName: names.join(', ').slice(0, FILE_NAMES_MAX_LENGTH),
        rowsTotal: units.length + problems.length,
        problems: problems.slice(0, DIRECTORY_IMPORT_PROBLEMS_KEPT),
        startedBy: principal.actorType === 'USER' ? principal.id : null,
      });
      await this.audit.record({
        action: AuditAction.IMPORT,
        entityType: 'DirectoryImport',
        entityId: created.id,
        changes: { format: { to: request.format }, files: { to: names }, visibility: { to: request.visibility }, rowsTotal: { to: created.rowsTotal } },
      });
      return created;
    });
    this.launch(row.id, principal, () => this.run(row.id, units, request, problems.length));
    return DirectoryImportModel.from(row);
  }

  /** The import with its progress and report, as it stands. */
  async report(importId: string): Promise<DirectoryImportModel | null> {
    const row = await this.imports.find(importId);
    return row && DirectoryImportModel.from(row);
  }

  /** The agency's latest imports, newest first. */
  async list(first: number): Promise<DirectoryImportModel[]> {
    return (await this.imports.list(first)).map(DirectoryImportModel.from);
  }

  /** Resolves when the import has finished here (the CLI waits on it; so does shutdown). */
  finished(importId: string): Promise<void> {
    return this.running.get(importId) ?? Promise.resolve();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.running.values());
  }

  /** Runs the rows once the request is answered, in a context of their own that acts as the caller did. */
  private launch(importId: string, principal: Principal, work: () => Promise<void>): void {
    const done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() =>
        this.cls.run({ ifNested: 'override' }, async () => {
          openReadBuffer(this.cls);
          this.context.setPrincipal(principal);
          await work();
        }),
      )
      .catch((error) => this.logger.error({ err: error, importId }, 'directory import could not record its end'))
      .finally(() => this.running.delete(importId));
    this.running.set(importId, done);
  }

  private async run(importId: string, units: ImportUnit[], request: HsdsImportRequest, unreadable: number): Promise<void> {
    const writer = new HsdsUnitWriter(this.writes, request.visibility);
    let listed = Math.min(unreadable, DIRECTORY_IMPORT_PROBLEMS_KEPT);
    let unlisted = unreadable - listed;
    let imported = 0;
    try {
      for (let start = 0; start < units.length; start += BATCH_SIZE) {
        await this.txHost.withTransaction(async () => {
          const batch = { done: 0, imported: 0, rejected: 0, problems: [] as ImportProblem[] };
          for (const unit of units.slice(start, start + BATCH_SIZE)) {
            const problems = await writer.apply(unit);
            batch.done++;
            if (problems.length) batch.rejected++;
            else batch.imported++;
            const room = Math.max(0, DIRECTORY_IMPORT_PROBLEMS_KEPT - listed);
            batch.problems.push(...problems.slice(0, room));
            listed += Math.min(room, problems.length);
            unlisted += Math.max(0, problems.length - room);
          }
          await this.imports.progress(importId, batch);
          imported += batch.imported;
        });
        request.onProgress?.(unreadable + Math.min(start + BATCH_SIZE, units.length), unreadable + units.length);
      }
      await this.txHost.withTransaction(async () => {
        await this.imports.finish(importId, DirectoryImportStatus.DONE, unlisted ? [omitted(unlisted)] : []);
        await this.audit.record({
          action: AuditAction.IMPORT,
          entityType: 'DirectoryImport',
          entityId: importId,
          changes: {
            status: { to: DirectoryImportStatus.DONE },
            rowsImported: { to: imported },
            rowsRejected: { to: units.length + unreadable - imported },
            // What the import added beyond the agency's directory: its own taxonomies and terms, and global units.
            taxonomiesAdded: { to: writer.added.taxonomies },
            termsAdded: { to: writer.added.terms },
            unitsAdded: { to: writer.added.units },
          },
        });
      });
    } catch (error) {
      this.logger.error({ err: error, importId }, 'directory import stopped');
      await this.txHost.withTransaction(() =>
        this.imports.finish(importId, DirectoryImportStatus.FAILED, [
          { file: '', row: null, field: null, message: 'The import stopped on an unexpected error; the rows of the batch under way were not imported.' },
        ]),
      );
    }
  }
}

/** The files as units to write, and the lines no parser could read; a file that is not HSDS at all is refused. */
function read(request: HsdsImportRequest): { units: ImportUnit[]; problems: ImportProblem[] } {
  if (request.files.reduce((total, file) => total + file.content.length, 0) > DIRECTORY_IMPORT_TEXT_MAX) {
    throw new BadInputError('These files are too large to import here; import them with npm run directory:import.', [
      { field: 'files', message: `at most ${DIRECTORY_IMPORT_TEXT_MAX} characters in all` },
    ]);
  }
  if (request.format === HsdsFormat.HSDS_CSV) return readHsdsCsv(request.files);
  const json = request.files.filter((file) => !file.name.toLowerCase().endsWith('.csv'));
  if (json.length !== 1) throw new BadInputError('An HSDS JSON import takes one JSON file.', [{ field: 'files', message: 'one JSON file' }]);
  return { units: readHsdsJson(json[0].name, json[0].content), problems: [] };
}
