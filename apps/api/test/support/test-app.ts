import { randomInt } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuditSealer } from '@waymark/api/audit';
import { loadConfig } from '@waymark/api/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app/create-app';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  /** Sends one GraphQL operation over HTTP, from this test file's own address. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { token?: string; ip?: string }): Promise<GqlResult<T>>;
  /** Posts any JSON body to /graphql (batches, malformed requests). */
  post(body: unknown, options?: { token?: string; ip?: string }): request.Test;
  /** Runs the audit sealer now instead of waiting for its timer. */
  seal(): Promise<number>;
  close(): Promise<void>;
}

/** A random private address, so each suite's login attempts count against its own rate limit. */
export function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Boots the real API (Fastify, GraphQL, guards, database) on the test database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TRUST_PROXY: 'true',
    AUDIT_SEAL_INTERVAL_MS: '3600000',
    // Scheduled work runs when a test calls it (e.g. WorklistSweep.run), not on pg-boss's timer.
    JOBS_ENABLED: 'false',
    WEB_DIST_DIR: 'tmp/no-web',
    ...env,
  });
  const app = await createApp({
    config,
    database: { url: config.DATABASE_URL!, poolSize: config.DATABASE_POOL_SIZE },
  });
  const server = app.getHttpAdapter().getInstance().server;
  const ownIp = randomIp();

  const post = (body: unknown, options: { token?: string; ip?: string } = {}) => {
    const req = request(server).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', options.ip ?? ownIp);
    if (options.token) req.set('authorization', `Bearer ${options.token}`);
    return req.send(body as object);
  };

  return {
    app,
    db: app.get<DataSource>(getDataSourceToken()),
    post,
    async gql(query, variables, options) {
      const res = await post({ query, variables }, options);
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    seal: () => app.get(AuditSealer).sealPending(),
    close: () => app.close(),
  };
}
