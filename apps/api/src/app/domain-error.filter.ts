import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@waymark/api/common';
import { ErrorCode } from '@waymark/shared/types';
import type { FastifyReply } from 'fastify';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL]: 500,
};

/**
 * Domain errors are expected answers, not failures: they pass to GraphQL's formatError
 * untouched (and unlogged), or become a JSON body with a matching status on plain routes.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    return reply.status(HTTP_STATUS[error.code]).send({ code: error.code, message: error.message, ...error.extensions });
  }
}
