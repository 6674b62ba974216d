import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { rootFieldFailed } from './first-run-outcome';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRequests } from './idempotent-requests';

/**
 * Finishes what IdempotencyInterceptor started, once the response is final: a replay gets the
 * stored body in place of its own; a first run whose root field failed (nothing was created)
 * frees the key, so the caller may simply retry; any other first run stores its response (a
 * partial one with its errors too), since its record exists.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin<{ req?: object }> {
  private readonly logger = new Logger(IdempotencyPlugin.name);

  constructor(
    private readonly requests: IdempotentRequests,
    private readonly store: IdempotencyStore,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<{ req?: object }>> {
    return {
      willSendResponse: async ({ contextValue, response }) => {
        const keyed = this.requests.take(contextValue.req);
        if (!keyed || response.body.kind !== 'single') return;
        if ('replay' in keyed) {
          response.body.singleResult = keyed.replay;
          return;
        }
        const result = response.body.singleResult;
        try {
          if (rootFieldFailed(result, keyed.responseKey)) await this.store.release(keyed.claim);
          else {
            const answer = { data: result.data ?? null, ...(result.errors?.length ? { errors: result.errors } : {}) };
            await this.store.complete(keyed.claim, answer, keyed.requestId);
          }
        } catch (error) {
          // The caller still gets its answer; the key stays in flight until it counts as abandoned.
          this.logger.error({ err: error }, 'could not settle an idempotency key');
        }
      },
    };
  }
}
