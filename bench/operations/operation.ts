import type { Fixtures } from '../lib/fixtures';

/** Whose token a request carries: the demo case manager, or the demo supervisor. */
export type Caller = 'caseManager' | 'supervisor';

/** What the data grew by between the small and the large database, for the growth table. */
export type GrowthMeasure = 'clients' | 'services';

/**
 * One benchmarked operation: the GraphQL document the API gets and the variables of its i-th
 * request; the baseline gets the same variables at POST /bench/<id>.
 */
export interface Operation {
  id: string;
  /** The API's document. */
  document: string;
  /** Unset for an anonymous call (login). */
  caller?: Caller;
  /** The variables of request `i`, rotating through the fixtures; `page` is the page size. */
  variables(fixtures: Fixtures, i: number, page: number): Record<string, unknown>;
  /** The page size under load, and the two sizes whose statement counts must be equal. */
  pages?: { load: number; compare: [number, number] };
  /** Issue 6: at least this share of the baseline's throughput; unset for login and writes, whose ratio is only reported. */
  minRatio?: number;
  /** Issue 6: p95 under this many milliseconds at the large scale, where the issue sets one. */
  p95TargetMs?: number;
  /** Connections under load, where the bench's default does not fit the operation. */
  connections?: number;
  /** Each request moves one SENT referral of the pool, so each run gets its own slice. */
  consumesReferrals?: boolean;
  /** Measured again at the small scale: the growth table compares p95 with this data's growth. */
  growth?: GrowthMeasure;
}

/** Issue 6: single-record and simple reads keep 0.6× the baseline, composite pages 0.5×. */
export const SINGLE_RATIO = 0.6;
export const COMPOSITE_RATIO = 0.5;

/** The item of a fixture list that request `i` uses. */
export function pick<T>(list: readonly T[], i: number): T {
  if (!list.length) throw new Error('bench: a fixture list is empty (is the database seeded?)');
  return list[i % list.length];
}
