import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';

type PersistedQueriesOption = Exclude<ApolloDriverConfig['persistedQueries'], false | undefined>;
type QueryCache = NonNullable<PersistedQueriesOption['cache']>;

/** The SPA's operations by hash, as GraphQL Code Generator writes them (`npm run codegen`). */
export const PERSISTED_DOCUMENTS_FILE = 'libs/web/core/src/gql/persisted-documents.json';

/** Apollo Server keys persisted queries as `apq:<sha256>`. */
const APQ_PREFIX = 'apq:';

const logger = new Logger('PersistedDocuments');

/** The manifest, or an empty one (every hash then answers PERSISTED_QUERY_NOT_FOUND and the SPA sends text). */
export function loadPersistedDocuments(file = resolve(PERSISTED_DOCUMENTS_FILE)): ReadonlyMap<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch (error) {
    logger.warn({ err: error }, `no persisted documents at ${file}: the SPA's hashed operations will fall back to text`);
    return new Map();
  }
}

/**
 * Apollo Server's persisted-query cache, read from the SPA's manifest alone: a hash resolves
 * only to an operation the SPA was built with. Free-text queries stay allowed (integrators send
 * text); a hash the API does not know answers PERSISTED_QUERY_NOT_FOUND. Nothing is stored, so
 * callers cannot register hashes of their own and the cache cannot grow.
 */
export function persistedDocumentsOption(documents: ReadonlyMap<string, string>): PersistedQueriesOption {
  const cache: QueryCache = {
    get: async (key: string) => documents.get(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key),
    set: async () => undefined,
    delete: async () => true,
  };
  return { cache };
}
