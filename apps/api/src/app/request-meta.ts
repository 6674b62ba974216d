import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Keeps a well-formed X-Request-Id from a proxy or client, otherwise makes one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The caller's address. X-Forwarded-For is believed only behind a trusted proxy, and only its
 * last entry: the one that proxy appended. Earlier entries are whatever the client sent.
 */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  const lastHop = typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
  if (trustProxy && lastHop) return lastHop;
  return req.socket.remoteAddress ?? 'unknown';
}
