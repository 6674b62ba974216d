import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorCode } from '@waymark/shared/types';
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
    bodyLimit: 1_048_576,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    logger: new NestPinoLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
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
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, maxAge: '1h' });
    // Client-side routes (/clients/…, /admin/…) all load the SPA.
    fastify.get('/*', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  }

  await app.init();
  await fastify.ready();
  return app;
}
