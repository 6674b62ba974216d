import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { FastifyRequest } from 'fastify';
import type { Statements } from './statements';

/** The signed-in caller, as the API's JwtStrategy builds its principal. */
export interface Caller {
  userId: string;
  sessionId: string;
  agencyId: string;
  role: string;
}

export class Unauthenticated extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A KeyObject, as the API's TokenService holds it: a string secret is parsed as PEM first on every verify. */
export function jwtKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret));
}

/**
 * Mirrors JwtStrategy.validate (libs/api/identity/src/lib/policy/jwt.strategy.ts): HS256 signature
 * and expiry, then one query that the session is live and the user active.
 */
export async function authenticate(request: FastifyRequest, key: KeyObject, db: Statements): Promise<Caller> {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) throw new Unauthenticated();
  let claims: { sub?: unknown; sid?: unknown };
  try {
    claims = jwt.verify(header.slice(7), key, { algorithms: ['HS256'] }) as typeof claims;
  } catch {
    throw new Unauthenticated();
  }
  const { sub, sid } = claims;
  if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sub) || !UUID.test(sid)) throw new Unauthenticated();
  const [row] = await db.query<{ agency_id: string; role: string; must_change_password: boolean }>(
    `SELECT u.agency_id, u.role, u.must_change_password
       FROM auth_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.id = $1 AND u.id = $2 AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [sid, sub],
  );
  if (!row || row.must_change_password) throw new Unauthenticated();
  return { userId: sub, sessionId: sid, agencyId: row.agency_id, role: row.role };
}
