import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { Types } from '@graphql-codegen/plugin-helpers';
// Codegen loads this file without the tsconfig paths, so the library is reached by its path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import * as shared from '../../libs/shared/types/src/index';

const SCHEMA = 'apps/api/schema.graphql';

/** A const object whose every key names itself, e.g. `{ ACTIVE: 'ACTIVE' }`: how libs/shared/types spells an enum. */
function isSharedEnum(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, item]) => key === item);
}

/**
 * Enums that libs/shared/types already defines are imported, not duplicated, so the SPA and
 * the API compare against the same values. Only those the schema has: the schema grows as
 * the API does, and codegen refuses a mapping for a type it does not know.
 */
function sharedEnumValues(): Record<string, string> {
  const schema = readFileSync(join(__dirname, '../..', SCHEMA), 'utf8');
  const inSchema = new Set([...schema.matchAll(/^enum (\w+) \{/gm)].map((match) => match[1]));
  return Object.fromEntries(
    Object.entries(shared)
      .filter(([name, value]) => inSchema.has(name) && isSharedEnum(value))
      .map(([name]) => [name, `@waymark/shared/types#${name}`]),
  );
}

/**
 * The API runs the manifest's text, not what Apollo Client would have sent: it must already
 * hold the __typename selections the client's cache needs, added by Apollo's own rule (not on
 * the operation's root).
 */
const withTypenames: Types.DocumentTransformObject = {
  transform: ({ documents }) => documents.map((source) => ({ ...source, document: source.document && addTypenameToDocument(source.document) })),
};

/**
 * Typed GraphQL operations for the SPA, generated from the API's committed schema.
 * Run with `npm run codegen` from the repository root; the output is committed.
 */
const config: CodegenConfig = {
  schema: SCHEMA,
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    'libs/web/*/src/**/*.{ts,tsx}',
    '!libs/web/core/src/gql/**',
  ],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/core/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Each document carries its sha256 (`__meta__.hash`), which the SPA sends instead of the
        // text; persisted-documents.json maps hash to text for the API (docs/integration.md).
        // Plain hex sha256 of the text, as Apollo's automatic persisted queries compute it.
        persistedDocuments: { hashAlgorithm: (text: string) => createHash('sha256').update(text).digest('hex') },
      },
      documentTransforms: [withTypenames],
      config: {
        enumType: 'const',
        enumValues: sharedEnumValues(),
        useTypeImports: true,
        scalars: {
          DateTime: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
