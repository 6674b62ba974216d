import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '@waymark/api/common';
import { formatError } from './format-error';
import { loadPersistedDocuments, persistedDocumentsOption } from './persisted-documents';

/** Most operations a single HTTP request may batch. */
export const MAX_BATCH = 5;

export function graphqlOptions(config: AppConfig, schemaFile: string | undefined): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Fragments count by the nesting they add, not as levels of their own.
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true },
    maxAliases: { n: 10 },
    costLimit: { maxCost: 5000, flattenFragments: true },
    maxDirectives: { n: 10 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: schemaFile ?? true,
    sortSchema: true,
    introspection: !config.isProduction,
    playground: false,
    allowBatchedHttpRequests: true,
    // The SPA sends hashes of its generated operations; see persisted-documents.ts.
    persistedQueries: persistedDocumentsOption(loadPersistedDocuments()),
    includeStacktraceInErrorResponses: false,
    // graphql-armor ships CommonJS types that clash with @nestjs/apollo's ESM ones; the runtime shape is the same.
    // Cache-control hints are for a CDN in front of public data; ours is private, and the plugin
    // Apollo otherwise installs visits every resolved field.
    plugins: [...(protection.plugins as NonNullable<ApolloDriverConfig['plugins']>), ApolloServerPluginCacheControlDisabled()],
    validationRules: protection.validationRules as NonNullable<ApolloDriverConfig['validationRules']>,
    formatError,
    // Compact JSON: Apollo pretty-prints by default, which costs CPU and bytes on every response.
    stringifyResult: (result) => JSON.stringify(result),
  };
}
