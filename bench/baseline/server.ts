/**
 * The bench's baseline (issue 6): the API's work for each benchmarked operation — the same SQL in
 * the same round trips, the session check, the tenancy filter, the transactions and the audit rows —
 * on bare Fastify, pg and jsonwebtoken, without Nest, Apollo, graphql-js or TypeORM.
 */
import Fastify from 'fastify';
import { Pool, types } from 'pg';
import { SESSION_SETTINGS } from '@waymark/api/database';
import { jwtKey } from './auth';
import type { Deps } from './route';
import { caseloadReport } from './routes/caseload-report';
import { clientProfile } from './routes/client-profile';
import { clientRead } from './routes/client-read';
import { clientSearch } from './routes/client-search';
import { createNote } from './routes/create-note';
import { dashboard } from './routes/dashboard';
import { directorySearch } from './routes/directory-search';
import { login } from './routes/login';
import { moveReferral } from './routes/move-referral';

const DATE_OID = 1082;
// A date column answers 'YYYY-MM-DD', as the API's entities read it.
types.setTypeParser(DATE_OID, (value) => value);

const { DATABASE_URL, PORT, JWT_SECRET, DATABASE_POOL_SIZE } = process.env;
if (!DATABASE_URL || !JWT_SECRET) {
  console.error('baseline: DATABASE_URL and JWT_SECRET are required');
  process.exit(2);
}

// The API's own connection settings (JIT off), so both ask the same server the same way.
const pool = new Pool({ connectionString: DATABASE_URL, max: Number(DATABASE_POOL_SIZE ?? 10), options: SESSION_SETTINGS });
const deps: Deps = { pool, key: jwtKey(JWT_SECRET), accessTokenTtlSeconds: Number(process.env.ACCESS_TOKEN_TTL_SECONDS ?? 900) };
const app = Fastify({ logger: { level: 'warn' } });
for (const register of [clientRead, login, clientSearch, clientProfile, dashboard, directorySearch, createNote, moveReferral, caseloadReport]) register(app, deps);

const close = () => void app.close().then(() => pool.end());
process.once('SIGTERM', close);
process.once('SIGINT', close);

app.listen({ port: Number(PORT ?? 3401), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
