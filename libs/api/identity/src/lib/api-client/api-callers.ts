import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { ApiCallAudit, type CalledRequest } from '@waymark/api/audit';
import { noteRetryAfter, type Principal, RateLimitedError, RequestContext } from '@waymark/api/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiClientAuthenticator } from './api-client-authenticator';
import { isApiToken } from './api-client-token';

/** What of an HTTP request (Fastify's, as the hooks and Nest hand it over) its caller is identified by. */
export interface CallerRequest extends CalledRequest {
  headers?: { authorization?: string };
  raw?: IncomingMessage;
}

/**
 * Identifies the API client behind a request's `wmk_` key once per HTTP request, as it arrives
 * (a Fastify hook, before anything answers it), and opens its call for the trail there: a request
 * no guarded resolver or route ever sees (`{ __typename }`, a query that does not validate,
 * introspection, a persisted-query miss, an unknown route) is still recorded as the client's.
 * The PolicyGuard reuses the same identification instead of authenticating again, so the key
 * still costs its two statements (see ApiClientAuthenticator) and its operations are counted once.
 */
@Injectable()
export class ApiCallers {
  private readonly identified = new WeakMap<object, Promise<Principal>>();

  constructor(
    private readonly authenticator: ApiClientAuthenticator,
    private readonly context: RequestContext,
    private readonly calls: ApiCallAudit,
  ) {}

  /** The API client the request's key stands for, identified once per request; undefined when it carries no API key. */
  identify(request: CallerRequest): Promise<Principal> | undefined {
    const bearer = bearerOf(request);
    if (!bearer || !isApiToken(bearer)) return undefined;
    let identified = this.identified.get(request);
    if (!identified) {
      identified = this.authenticator.authenticate(bearer, this.context.ip, request).then(
        (principal) => {
          this.context.setPrincipal(principal);
          this.calls.openCall(principal, request);
          return principal;
        },
        (error: unknown) => {
          if (error instanceof RateLimitedError) noteRetryAfter(request.raw ?? (request as IncomingMessage), error.extensions['retryAfterSeconds'] as number);
          throw error;
        },
      );
      // Whoever needs the principal (the guard) reports a refusal; the hooks only wait for it.
      identified.catch(() => undefined);
      this.identified.set(request, identified);
    }
    return identified;
  }

  /** Fastify's preValidation hook: the body is parsed by then, so a batch counts by its operations. A key that does not work is the guard's to refuse. */
  onArrival() {
    return async (request: FastifyRequest): Promise<void> => {
      await this.identify(request)?.catch(() => undefined);
    };
  }

  /** Fastify's onSend hook: a request refused before preValidation (a body that does not parse) is identified as its answer leaves. */
  onSend() {
    return async (request: FastifyRequest, _reply: FastifyReply, payload: unknown): Promise<unknown> => {
      await this.identify(request)?.catch(() => undefined);
      return payload;
    };
  }
}

function bearerOf(request: { headers?: { authorization?: string } }): string | undefined {
  return /^Bearer (\S+)$/i.exec(request.headers?.authorization ?? '')?.[1];
}
