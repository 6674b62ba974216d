/** The two HSDS forms the directory imports and exports: the JSON of HSDS 3.0 and the CSV tabular data package. */
export const HsdsFormat = {
  HSDS_JSON: 'HSDS_JSON',
  HSDS_CSV: 'HSDS_CSV',
} as const;
export type HsdsFormat = (typeof HsdsFormat)[keyof typeof HsdsFormat];
export const HSDS_FORMATS = Object.values(HsdsFormat);

/** An import runs after the request that started it; the SPA polls it until DONE (or FAILED, when it could not go on). */
export const DirectoryImportStatus = {
  RUNNING: 'RUNNING',
  DONE: 'DONE',
  FAILED: 'FAILED',
} as const;
export type DirectoryImportStatus = (typeof DirectoryImportStatus)[keyof typeof DirectoryImportStatus];

/** At most this many files in one import (a data package has one CSV per HSDS table and its datapackage.json). */
export const DIRECTORY_IMPORT_FILES_MAX = 40;
export const DIRECTORY_IMPORT_FILE_NAME_MAX_LENGTH = 200;
/**
 * The most text one import may send through the API, all files together (characters of
 * UTF-8 text; a directory larger than this goes through `npm run directory:import`).
 */
export const DIRECTORY_IMPORT_TEXT_MAX = 8 * 1024 * 1024;
/** The problems an import keeps in its report; past it, one more line says how many were left out. */
export const DIRECTORY_IMPORT_PROBLEMS_KEPT = 1000;
export const DIRECTORY_IMPORTS_LISTED_DEFAULT = 20;
export const DIRECTORY_IMPORTS_LISTED_MAX = 100;
/**
 * A RUNNING import whose progress has not moved for this many minutes stopped with its process
 * (a restart mid-import): the sweep marks it FAILED. A batch of rows takes seconds, never this long.
 */
export const DIRECTORY_IMPORT_STALE_MINUTES = 10;
/** The one problem line of an import the sweep closed because its process stopped. */
export const DIRECTORY_IMPORT_STOPPED_PROBLEM = 'The import stopped when the server restarted; import the file again — rows already imported are updated, not duplicated.';
