import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ErrorCode } from '@waymark/shared/types';
import { AuditTrail } from './audit-trail.service';

/**
 * Writes the reads a request recorded, in one insert, before its response leaves. No
 * unaudited access: if the insert fails, the caller gets an error instead of the data.
 */
@Plugin()
export class AuditFlushPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger(AuditFlushPlugin.name);

  constructor(private readonly trail: AuditTrail) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      willSendResponse: async ({ response }) => {
        try {
          await this.trail.flushReads();
        } catch (error) {
          this.logger.error({ err: error }, 'could not write the audit of a read; withholding the response');
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
