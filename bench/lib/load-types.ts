/** One request as the load generator sends it. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What the parent asks of the load generator's process for one run. */
export interface LoadSpec {
  origin: string;
  requests: LoadRequest[];
  seconds: number;
  connections: number;
  /** Each request is sent once at most (a consumed pool): the run ends early when they are used up. */
  once: boolean;
  timeoutSeconds: number;
}

/** One run's figures, as the load generator measured them. */
export interface LoadResult {
  seconds: number;
  responses: number;
  /** Answers that were 2xx without GraphQL errors, per second. */
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: { total: number; non2xx: number; graphql: number; timeouts: number; connection: number };
  /** The first error seen, to tell what went wrong. */
  errorSample: string | null;
  /** X-Sql-Statements over the run; null when no answer carried it. */
  statements: { min: number; max: number } | null;
  /** A consumed pool ran out before the run's time was up. */
  endedEarly: boolean;
}

/** A request unanswered this long counts as a timeout (an error). */
export const TIMEOUT_SECONDS = 10;
