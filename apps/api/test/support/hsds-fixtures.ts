import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from './test-app';

const FIXTURES = join(__dirname, '../fixtures/hsds');

export interface HsdsFile {
  name: string;
  content: string;
}

/** A fixture of apps/api/test/fixtures/hsds: one file, or every file of a folder (a CSV data package). */
export function hsdsFixture(name: string): HsdsFile[] {
  const path = join(FIXTURES, name);
  if (name.endsWith('.json')) return [{ name, content: readFileSync(path, 'utf8') }];
  return readdirSync(path)
    .sort()
    .map((file) => ({ name: file, content: readFileSync(join(path, file), 'utf8') }));
}

/** The first hex digits of the fixtures' organization and location ids: what a run removes before it imports them again. */
const FIXTURE_ID_PREFIXES = ['a', 'c', 'd', 'e', 'f'];

/**
 * Removes an agency's directory (or every fixture row, from earlier runs): its organizations and
 * locations take the rest with them; then the taxonomy terms and taxonomies the agency's imports
 * added, so another agency may import them under the same ids.
 */
export async function forgetDirectory(t: TestApp, agencyId?: string): Promise<void> {
  for (const table of ['organization', 'location']) {
    if (agencyId) await t.db.query(`DELETE FROM ${table} WHERE agency_id = $1`, [agencyId]);
    else await t.db.query(`DELETE FROM ${table} WHERE left(id::text, 1) = ANY($1) AND id::text LIKE '__000000-0000-4000-8000-%'`, [FIXTURE_ID_PREFIXES]);
  }
  for (const table of ['taxonomy_term', 'taxonomy']) {
    const kept = agencyId ? 'agency_id = $1' : 'agency_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM organization WHERE organization.agency_id = kept.agency_id)';
    await t.db.query(`DELETE FROM ${table} kept WHERE ${kept}`, agencyId ? [agencyId] : []);
  }
}

export const IMPORT_DIRECTORY = `mutation ($input: ImportDirectoryInput!) {
  importDirectory(input: $input) { id format fileName status rowsTotal rowsDone rowsImported rowsRejected problems { file row field message } startedAt finishedAt }
}`;

export const DIRECTORY_IMPORT = `query ($id: ID!) {
  directoryImport(id: $id) { id format fileName status rowsTotal rowsDone rowsImported rowsRejected problems { file row field message } startedAt finishedAt }
}`;

export const DIRECTORY_IMPORTS = `query ($first: Int) { directoryImports(first: $first) { id status fileName } }`;

export const EXPORT_DIRECTORY = `query ($format: HsdsFormat!) { exportDirectory(format: $format) { files { name content } } }`;
