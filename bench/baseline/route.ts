import type { KeyObject } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { type Caller, Unauthenticated, authenticate } from './auth';
import { Statements } from './statements';

/** What every route gets: the pool, the JWT key and the secret's settings. */
export interface Deps {
  pool: Pool;
  key: KeyObject;
  accessTokenTtlSeconds: number;
}

export interface RouteContext<Body> {
  db: Statements;
  body: Body;
  request: FastifyRequest;
  deps: Deps;
}

/** A failure the API answers as a GraphQL error with this code. */
export class Refused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** POST /bench/<id> for anyone (login): answers `{ data }` as the API would, with X-Sql-Statements. */
export function publicRoute<Body>(app: FastifyInstance, deps: Deps, id: string, handler: (context: RouteContext<Body>) => Promise<unknown>): void {
  app.post(`/bench/${id}`, async (request, reply) => {
    const db = new Statements(deps.pool);
    try {
      return { data: await handler({ db, body: request.body as Body, request, deps }) };
    } catch (error) {
      return failure(request, error);
    } finally {
      reply.header('x-sql-statements', db.count);
    }
  });
}

/** POST /bench/<id> for a signed-in caller: the bearer token is checked first, as the API's guard does. */
export function signedInRoute<Body>(
  app: FastifyInstance,
  deps: Deps,
  id: string,
  handler: (context: RouteContext<Body> & { caller: Caller }) => Promise<unknown>,
): void {
  publicRoute<Body>(app, deps, id, async (context) => handler({ ...context, caller: await authenticate(context.request, deps.key, context.db) }));
}

/** The GraphQL-shaped error the API would answer. */
function failure(request: FastifyRequest, error: unknown) {
  if (error instanceof Unauthenticated) return { errors: [{ message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] };
  if (error instanceof Refused) return { errors: [{ message: error.message, extensions: { code: error.code } }] };
  request.log.error(error);
  return { errors: [{ message: 'Something went wrong.', extensions: { code: 'INTERNAL' } }] };
}
