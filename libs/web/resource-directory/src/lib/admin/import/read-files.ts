import { DIRECTORY_IMPORT_FILES_MAX, DIRECTORY_IMPORT_TEXT_MAX, HsdsFormat } from '@waymark/shared/types';

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

/** What can be wrong with the files chosen for an import, each said by its own message. */
export type FileSetProblem = 'none' | 'tooMany' | 'oneJson' | 'notJson' | 'noCsv' | 'notCsv' | 'tooLarge';

/** What is wrong with a set of files for a format before anything is sent, or null. */
export function fileSetProblem(format: HsdsFormat, files: readonly File[]): FileSetProblem | null {
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

/**
 * Whether the files' text, all together, is more than one import through the API takes
 * (counted as the API counts it, once read: a file's size in bytes is not its length in characters).
 */
export function textTooLarge(files: readonly ImportFileInput[]): boolean {
  return files.reduce((total, file) => total + file.content.length, 0) > DIRECTORY_IMPORT_TEXT_MAX;
}
