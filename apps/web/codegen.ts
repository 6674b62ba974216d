import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
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
      },
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
