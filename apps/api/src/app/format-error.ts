import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { DomainError } from '@waymark/api/common';
import { ErrorCode } from '@waymark/shared/types';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

/** Apollo Server's code for a persisted-query hash it does not know (not a DomainError: see docs/integration.md, Errors). */
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

const INTERNAL_MESSAGE = 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.';

/**
 * The one place errors become responses. Domain errors keep their code and extensions.
 * An error without a path never reached a resolver (syntax, unknown field, wrong variable
 * type, a depth/alias/cost limit): the caller's mistake, answered as BAD_USER_INPUT with
 * GraphQL's own message. Anything else is logged with the request id and answered as
 * INTERNAL, without details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...original.extensions } };
  }
  // Apollo's own answer to a hash it does not know: clients (Apollo's persisted-query link) retry with the text on this code.
  if (!formatted.path && formatted.extensions?.['code'] === PERSISTED_QUERY_NOT_FOUND) {
    return { message: formatted.message, extensions: { code: PERSISTED_QUERY_NOT_FOUND } };
  }
  if (!formatted.path) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  logger.error({ err: original }, `unexpected error in ${formatted.path.join('.')}`);
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}
