import type { IncomingMessage } from 'node:http';

const RETRY_AFTER = Symbol('waymark.retryAfter');

type NotedRequest = IncomingMessage & { [RETRY_AFTER]?: number };

/**
 * Marks the request as refused for a while, so the response carries a `Retry-After` header
 * besides the error's `retryAfterSeconds` (HTTP clients and proxies back off on the header;
 * a GraphQL error cannot set one itself).
 */
export function noteRetryAfter(req: IncomingMessage, seconds: number): void {
  (req as NotedRequest)[RETRY_AFTER] = seconds;
}

export function retryAfterOf(req: IncomingMessage): number | undefined {
  return (req as NotedRequest)[RETRY_AFTER];
}
