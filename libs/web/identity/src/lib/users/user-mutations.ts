import type { ApolloCache } from '@apollo/client';

/** A user changed: cached lists (filtered by role or status) may no longer be right. */
export function evictUserLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
  cache.gc();
}
