import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** Where the contract lives in the repository. */
export const CONTRACT_FILES = {
  /** The SDL the code emits (`npm run schema`). */
  current: join(ROOT, 'apps/api/schema.graphql'),
  /** The last published SDL: what integrators build against. */
  published: join(ROOT, 'docs/api/schema.graphql'),
  changelog: join(ROOT, 'docs/api/CHANGELOG.md'),
};

export const readContractFile = (path: string) => readFileSync(path, 'utf8');
