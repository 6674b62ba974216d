import type { INestApplication } from '@nestjs/common';
import { SystemContext } from '@waymark/api/audit';
import { AgencyService } from '@waymark/api/identity';
import { HsdsExportService, HsdsImportService } from '@waymark/api/resource-directory';
import { DIRECTORY_VISIBILITIES, type DirectoryVisibility, HsdsFormat } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

type Log = (line: string) => void;

/** The agency a directory command works for, by its slug; the work runs as that agency's SYSTEM actor (an admin). */
async function asAgency<T>(app: INestApplication, slug: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!slug) throw new Error('needs --agency <slug>');
  const agency = await app.get(ClsService).run(() => app.get(AgencyService).findBySlug(slug));
  if (!agency) throw new Error(`no agency with the slug "${slug}"`);
  return app.get(SystemContext).run(agency.id, work);
}

/** The files of an import: a JSON file, a CSV file, or a folder holding a data package (datapackage.json and CSVs). */
function importFiles(path: string): { format: HsdsFormat; files: { name: string; content: string }[] } {
  if (statSync(path).isDirectory()) {
    const names = readdirSync(path).filter((name) => /\.(csv|json)$/i.test(name));
    return { format: HsdsFormat.HSDS_CSV, files: names.map((name) => ({ name, content: readFileSync(join(path, name), 'utf8') })) };
  }
  const format = path.toLowerCase().endsWith('.csv') ? HsdsFormat.HSDS_CSV : HsdsFormat.HSDS_JSON;
  return { format, files: [{ name: basename(path), content: readFileSync(path, 'utf8') }] };
}

/** `directory-import --agency <slug> [--visibility SHARED|PRIVATE] <file-or-folder>`: imports, printing progress and every problem. */
export async function importDirectoryFiles(app: INestApplication, argv: string[], log: Log): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { agency: { type: 'string' }, visibility: { type: 'string', default: 'SHARED' } } });
  const visibility = values.visibility as DirectoryVisibility;
  if (positionals.length !== 1) throw new Error('directory-import: give one file or folder');
  if (!DIRECTORY_VISIBILITIES.includes(visibility)) throw new Error(`directory-import: --visibility is one of ${DIRECTORY_VISIBILITIES.join(', ')}`);
  const { format, files } = importFiles(positionals[0]);
  const report = await asAgency(app, values.agency, async () => {
    const importer = app.get(HsdsImportService);
    const started = await importer.start({ format, visibility, files, onProgress: (done, total) => log(`directory-import: ${done}/${total} rows`) });
    log(`directory-import: ${format} import ${started.id} of ${started.rowsTotal} rows started`);
    await importer.finished(started.id);
    return importer.report(started.id);
  });
  if (!report) throw new Error('directory-import: the import vanished');
  for (const problem of report.problems) log(`  ${problem.file}${problem.row ? ` row ${problem.row}` : ''}${problem.field ? ` ${problem.field}` : ''}: ${problem.message}`);
  log(`directory-import: ${report.status}: ${report.rowsImported} rows imported, ${report.rowsRejected} rejected`);
  if (report.status !== 'DONE') process.exitCode = 1;
}

/** `directory-export --agency <slug> --format json|csv <out>`: a JSON file, or a folder with datapackage.json and a CSV per table. */
export async function exportDirectoryFiles(app: INestApplication, argv: string[], log: Log): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { agency: { type: 'string' }, format: { type: 'string', default: 'json' } } });
  const format = { json: HsdsFormat.HSDS_JSON, csv: HsdsFormat.HSDS_CSV }[values.format.toLowerCase()];
  if (!format) throw new Error('directory-export: --format is json or csv');
  if (positionals.length !== 1) throw new Error('directory-export: give the file (json) or folder (csv) to write');
  const files = await asAgency(app, values.agency, () => app.get(HsdsExportService).export(format));
  const [out] = positionals;
  if (format === HsdsFormat.HSDS_JSON) {
    writeFileSync(out, files[0].content);
    log(`directory-export: wrote ${out}`);
    return;
  }
  mkdirSync(out, { recursive: true });
  for (const file of files) writeFileSync(join(out, file.name), file.content);
  log(`directory-export: wrote ${files.length} files to ${out}`);
}
