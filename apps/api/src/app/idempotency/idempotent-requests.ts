import { Injectable } from '@nestjs/common';
import type { KeyClaim, StoredResponse } from './idempotency-store';

/**
 * What the interceptor decided for a request, for the plugin to finish once the response is
 * known: a replay's stored body, or the claim of a first run with the response key (alias or
 * name) of its one root field and its request id (which its audit events carry).
 */
export type KeyedRequest = { claim: KeyClaim; responseKey: string; requestId: string | undefined } | { replay: StoredResponse };

/**
 * Hands a keyed request from the interceptor (which knows the caller) to the Apollo plugin
 * (which sees the final response), keyed by the HTTP request object both share.
 */
@Injectable()
export class IdempotentRequests {
  private readonly requests = new WeakMap<object, KeyedRequest>();

  set(request: object, keyed: KeyedRequest): void {
    this.requests.set(request, keyed);
  }

  /** The request's state, once: a second response for the same request finds nothing. */
  take(request: object | undefined): KeyedRequest | undefined {
    if (!request) return undefined;
    const keyed = this.requests.get(request);
    this.requests.delete(request);
    return keyed;
  }
}
