import { Logger } from '@nestjs/common';
import { ErrorCode } from '@waymark/shared/types';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiCallAudit } from './api-call-audit.service';

const logger = new Logger('AuditOnSend');

/**
 * A Fastify onSend hook: writes what the request still holds for the trail before the response
 * leaves, in one insert (see ApiCallAudit.writeOnSend): a plain route's reads and an API client's
 * call, or for GraphQL (which flushes in its own plugin, AuditFlushPlugin, operation by
 * operation) only a call no operation answered. If it cannot, the caller gets a 500 instead of
 * the answer.
 */
export function auditOnSend(calls: ApiCallAudit, graphqlPath: string) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
    try {
      await calls.writeOnSend(reply.statusCode, request.routeOptions.url === graphqlPath);
      return payload;
    } catch (error) {
      logger.error({ err: error, requestId: request.id }, 'could not write the audit of a request; withholding the response');
      void reply.code(500).header('content-type', 'application/json; charset=utf-8');
      return JSON.stringify({ code: ErrorCode.INTERNAL, message: 'The request could not be recorded, so its answer is withheld. Try again.' });
    }
  };
}
