import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the SPA, generated from the API's committed schema.
 * Run with `npm run codegen` from the repository root; the output is committed.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
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
        // Enums that libs/shared/types already defines are imported, not duplicated.
        enumValues: {
          Role: '@waymark/shared/types#Role',
        },
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
