import type { LoggerService } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import pino, { type Logger } from 'pino';

/**
 * One JSON logger for the whole process. Inside a request every line carries its request
 * id (`reqId`), taken from the request context, whoever writes the line.
 */
export function createRootLogger(level: string): Logger {
  return pino({
    level,
    // A failed query's parameters can hold password or token hashes; the query text is enough.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'err.parameters', 'err.driverError.parameters'],
    // Fastify's request logger already binds reqId; every other line gets it from the context.
    mixin(_merge, _level, logger) {
      const cls = ClsServiceManager.getClsService();
      return cls.isActive() && !('reqId' in logger.bindings()) ? { reqId: cls.getId() } : {};
    },
  });
}

/** Nest's own log calls (bootstrap, errors in handlers) written through the same logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  error(message: unknown, ...rest: unknown[]) {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    this.write('error', message, context);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string) {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string) {
    if (message instanceof Error) this.logger[level]({ context, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
