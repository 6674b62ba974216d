import type { Operation } from '../operations/operation';
import type { Fixtures } from './fixtures';
import type { LoadRequest } from './load-types';

/** The process under test: our API, or the bare baseline. */
export type Side = 'api' | 'baseline';

/** How many distinct requests a run rotates through (the fixtures repeat within it). */
const ROTATION = 1000;

/** Request `i` of the operation: the GraphQL document to the API, the same variables to the baseline's route. */
export function buildRequest(side: Side, operation: Operation, fixtures: Fixtures, i: number, page: number): LoadRequest {
  const variables = operation.variables(fixtures, i, page);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (operation.caller) headers.authorization = `Bearer ${fixtures.tokens[operation.caller]}`;
  return side === 'api'
    ? { path: '/graphql', headers, body: JSON.stringify({ query: operation.document, variables }) }
    : { path: baselinePath(operation), headers, body: JSON.stringify(variables) };
}

export function baselinePath(operation: Operation): string {
  return `/bench/${operation.id}`;
}

/** A run's requests: a rotation, or for a consuming operation one per referral of its slice. */
export function requestList(side: Side, operation: Operation, fixtures: Fixtures): LoadRequest[] {
  const count = operation.consumesReferrals ? fixtures.sentReferrals.length : ROTATION;
  const page = operation.pages?.load ?? 0;
  return Array.from({ length: count }, (_, i) => buildRequest(side, operation, fixtures, i, page));
}

/** The pool cut into disjoint slices in proportion to the runs' seconds, so no referral moves twice. */
export function slicePool<T>(pool: readonly T[], weights: readonly number[]): T[][] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let start = 0;
  return weights.map((weight) => {
    const end = start + Math.floor((pool.length * weight) / total);
    const slice = pool.slice(start, end);
    start = end;
    return slice;
  });
}
