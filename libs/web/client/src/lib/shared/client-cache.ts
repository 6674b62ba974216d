import type { ApolloCache } from '@apollo/client';

/**
 * A client was added or changed: lists filtered by status, risk or name may no longer be
 * right, and its timeline has a new entry. They load afresh when next shown.
 */
export function evictClientLists(cache: ApolloCache): void {
  for (const fieldName of ['clients', 'myCaseload', 'clientTimeline']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
