import type { DirectoryImportStatus } from '@waymark/shared/types';

/** The badge colour of an import's status, alike on the import on screen and in the list of past ones. */
export const IMPORT_STATUS_COLOR: Record<DirectoryImportStatus, string> = { RUNNING: 'blue', DONE: 'green', FAILED: 'red' };
