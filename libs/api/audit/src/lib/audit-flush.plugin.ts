import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ErrorCode } from '@waymark/shared/types';
import { describeOperation } from './api-call';
import { ApiCallAudit, type CalledRequest } from './api-call-audit.service';

/** What a GraphQL operation came to: OK, or the codes of its errors. */
function outcomeOf(response: GraphQLResponse): string {
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  if (!errors?.length) return 'OK';
  return [...new Set(errors.map((error) => String(error.extensions?.['code'] ?? ErrorCode.INTERNAL)))].join(',');
}

/**
 * Writes the reads a request recorded, in one insert, before its response leaves, with the
 * request's API call when an API key made it (see ApiCallAudit). No unaudited access: if the
 * insert fails, the caller gets an error instead of the data.
 */
@Plugin()
export class AuditFlushPlugin implements ApolloServerPlugin<{ req?: CalledRequest }> {
  private readonly logger = new Logger(AuditFlushPlugin.name);

  constructor(private readonly calls: ApiCallAudit) {}

  async requestDidStart(): Promise<GraphQLRequestListener<{ req?: CalledRequest }>> {
    return {
      willSendResponse: async ({ response, operation, document, request, contextValue }) => {
        try {
          await this.calls.operationAnswered(contextValue.req, describeOperation(operation, document, request.operationName), outcomeOf(response));
        } catch (error) {
          this.logger.error({ err: error }, 'could not write the audit of a request; withholding the response');
          if (response.body.kind === 'single') {
            response.body.singleResult = {
              errors: [{ message: 'The request could not be recorded, so its data is withheld. Try again.', extensions: { code: ErrorCode.INTERNAL } }],
            };
          }
        }
      },
    };
  }
}
