import { DIRECTORY_IMPORT_FILES_MAX, HsdsFormat } from '@waymark/shared/types';

/** An import's file, read in the browser, as `importDirectory` takes it. */
export interface ImportFileInput {
  name: string;
  content: string;
}

/** The descriptor a CSV datapackage may bring beside its CSV files (the table of each file, its fields). */
export const DATAPACKAGE_DESCRIPTOR = 'datapackage.json';

/** Reads the chosen files as UTF-8 text, in the order chosen. */
export function readFiles(files: readonly File[]): Promise<ImportFileInput[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, content: await file.text() })));
}

/** What is wrong with a set of files for a format before anything is sent, or null. */
export function fileSetProblem(format: HsdsFormat, files: readonly File[]): 'none' | 'tooMany' | 'oneJson' | 'notJson' | 'noCsv' | 'notCsv' | null {
  if (!files.length) return 'none';
  if (files.length > DIRECTORY_IMPORT_FILES_MAX) return 'tooMany';
  if (format === HsdsFormat.HSDS_JSON) {
    if (files.length > 1) return 'oneJson';
    return files[0].name.toLowerCase().endsWith('.json') ? null : 'notJson';
  }
  const csv = (file: File) => file.name.toLowerCase().endsWith('.csv');
  if (!files.some(csv)) return 'noCsv';
  return files.every((file) => file.name === DATAPACKAGE_DESCRIPTOR || csv(file)) ? null : 'notCsv';
}
