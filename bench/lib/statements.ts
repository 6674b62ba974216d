import type { Operation } from '../operations/operation';
import type { BenchContext } from './bench-context';
import { graphqlError, statementsOf } from './http';
import { buildRequest, type Side } from './requests';

/** The statements one request ran at a page size (the most of a few requests), or null without the header. */
export interface PageStatements {
  page: number;
  statements: number | null;
  /** The first error answered: a count taken from a failing request proves nothing. */
  error: string | null;
}

/** A few requests per page size: enough to see a count that grows with the rows. */
const SAMPLES = 3;

async function countAt(origin: string, side: Side, operation: Operation, context: BenchContext, page: number): Promise<PageStatements> {
  let most: number | null = null;
  let error: string | null = null;
  for (let i = 0; i < SAMPLES; i++) {
    const request = buildRequest(side, operation, context.fixtures, i, page);
    const response = await fetch(origin + request.path, { method: 'POST', headers: request.headers, body: request.body });
    const body = await response.text();
    error ??= response.ok ? graphqlError(body) : `HTTP ${response.status}: ${body.slice(0, 200)}`;
    const count = statementsOf(response.headers.get('x-sql-statements'));
    if (count != null) most = Math.max(most ?? 0, count);
  }
  return { page, statements: most, error };
}

/** The statement counts of each side at the operation's two page sizes, which must be equal. */
export async function statementsByPage(context: BenchContext, operation: Operation, baselineFailed: string | null) {
  const pages = operation.pages?.compare;
  if (!pages) return null;
  const at = (side: Side, origin: string) => Promise.all(pages.map((page) => countAt(origin, side, operation, context, page)));
  const api = await at('api', context.api.origin);
  const baseline = typeof context.baseline === 'string' || baselineFailed ? null : await at('baseline', context.baseline.origin);
  return { id: operation.id, api, baseline };
}

export type StatementsByPage = NonNullable<Awaited<ReturnType<typeof statementsByPage>>>;
