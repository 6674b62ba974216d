import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, RequestContext } from '@waymark/api/common';
import { ErrorCode } from '@waymark/shared/types';
import type { FastifyReply } from 'fastify';
import { FHIR_JSON } from './fhir-response';
import { FhirSystems } from './fhir-systems';
import { FHIR_ERROR, operationOutcome } from './operation-outcome';

/** Nest's own HTTP errors (a route's 404, a body too large) by status, for the same answer. */
const HTTP_CODES: Record<number, ErrorCode> = { 400: ErrorCode.BAD_USER_INPUT, 401: ErrorCode.UNAUTHENTICATED, 403: ErrorCode.FORBIDDEN, 404: ErrorCode.NOT_FOUND, 429: ErrorCode.RATE_LIMITED };

/**
 * Every error of a FHIR route as a FHIR OperationOutcome with the matching HTTP status (404,
 * 401, 403, 400…), as FHIR clients expect, instead of our JSON error body. Anything unexpected
 * is logged with the request id and answered as an exception without details.
 */
@Catch()
export class FhirExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(FhirExceptionFilter.name);

  constructor(
    private readonly systems: FhirSystems,
    private readonly context: RequestContext,
  ) {}

  catch(error: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { code, message } = this.describe(error);
    if (code === ErrorCode.RATE_LIMITED && error instanceof DomainError && typeof error.extensions['retryAfterSeconds'] === 'number') {
      reply.header('retry-after', String(error.extensions['retryAfterSeconds']));
    }
    if (code === ErrorCode.UNAUTHENTICATED) reply.header('www-authenticate', 'Bearer');
    return reply.status(FHIR_ERROR[code].status).header('content-type', FHIR_JSON).send(JSON.stringify(operationOutcome(code, message, this.systems)));
  }

  private describe(error: unknown): { code: ErrorCode; message: string } {
    if (error instanceof DomainError) return { code: error.code, message: error.message };
    if (error instanceof HttpException && HTTP_CODES[error.getStatus()]) return { code: HTTP_CODES[error.getStatus()], message: error.message };
    this.logger.error({ err: error, requestId: this.context.requestId }, 'a FHIR request failed');
    return { code: ErrorCode.INTERNAL, message: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.' };
  }
}
