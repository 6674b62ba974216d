import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DIRECTORY_IMPORT_TEXT_MAX, ErrorCode } from '@waymark/shared/types';
import { ApiCallAudit, auditOnSend } from '@waymark/api/audit';
import { statementsOf } from '@waymark/api/database';
import { retryAfterOf } from '@waymark/api/common';
import { ApiCallers } from '@waymark/api/identity';
import { AppModule, type AppOptions } from './app.module';
import { MAX_BATCH } from './graphql-options';
import { createRootLogger, NestPinoLogger } from './logger';
import { requestId } from './request-meta';

/** Builds the HTTP application (not yet listening): API, health, and the SPA when it is built. */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const logger = createRootLogger(options.config.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: requestId,
    trustProxy: options.config.TRUST_PROXY,
    // Room for the largest HSDS import the SPA sends, escaped as JSON (quotes in CSV double).
    bodyLimit: 2 * DIRECTORY_IMPORT_TEXT_MAX + 1_048_576,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    logger: new NestPinoLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Document uploads (POST /documents); each route sets its own limits when it reads the parts.
  await app.register(fastifyMultipart);

  // A request made with an API key is the client's call whatever answers it, so the client is
  // identified as the request arrives (or, refused before that, as it is answered) and its call
  // opened for the trail; the guard reuses that identification.
  const apiCallers = app.get(ApiCallers);
  fastify.addHook('preValidation', apiCallers.onArrival());
  fastify.addHook('onSend', apiCallers.onSend());
  // What a request still holds for the audit trail (a plain route's reads, an API client's call) is
  // written before answering (registered before the statement count below, so it includes the insert).
  fastify.addHook('onSend', auditOnSend(app.get(ApiCallAudit), '/graphql'));

  const reportStatements = options.config.REPORT_SQL_STATEMENTS;
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (reportStatements) reply.header('x-sql-statements', String(statementsOf(request.raw) ?? 0));
    const retryAfter = retryAfterOf(request.raw);
    if (retryAfter) reply.header('retry-after', String(retryAfter));
  });

  fastify.addHook('preHandler', async (request, reply) => {
    if (request.url.startsWith('/graphql') && Array.isArray(request.body) && request.body.length > MAX_BATCH) {
      return reply.code(400).send({
        errors: [{ message: `At most ${MAX_BATCH} operations may be sent in one batch.`, extensions: { code: ErrorCode.BAD_USER_INPUT } }],
      });
    }
  });

  const webRoot = resolve(options.config.WEB_DIST_DIR);
  if (existsSync(join(webRoot, 'index.html'))) {
    // Files are looked up per request, so a rebuilt SPA is served without a restart.
    await app.register(fastifyStatic, { root: webRoot, serve: false });
    fastify.get('/*', (request, reply) => {
      const file = webFile(webRoot, request.url);
      if (file) {
        // Vite names assets by content hash, so they never change under the same name.
        const asset = file.startsWith(`assets${sep}`);
        return reply.sendFile(file, asset ? { maxAge: '1y', immutable: true } : { maxAge: 0 });
      }
      // Client-side routes (/clients/…, /admin/…) all load the SPA.
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    });
  }

  await app.init();
  await fastify.ready();
  return app;
}

/** The built file a URL names, relative to the web root; null for routes, folders and anything outside. */
function webFile(webRoot: string, url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.split('?')[0]);
  } catch {
    return null;
  }
  const file = resolve(webRoot, `.${path}`);
  if (!file.startsWith(webRoot + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file.slice(webRoot.length + 1);
}
