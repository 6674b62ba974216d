import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap } from 'rxjs';
import { SessionEndedError } from '../errors/error-info';
import type { SessionManager } from '../session/session-manager';

/**
 * Operation context flags:
 * - `public: true`: the operation needs no session (e.g. `appSettings`); no token, no waiting.
 */
declare module '@apollo/client' {
  interface DefaultContext {
    public?: boolean;
    accessToken?: string;
    authRetried?: boolean;
  }
}

/** Puts the access token on each request; waits while the session restores or is locked. */
function createAuthLink(session: SessionManager): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.getContext().public) return forward(operation);
    const generation = session.getState().generation;
    return from(session.getAccessToken()).pipe(
      mergeMap((token) => {
        // Another person signed in meanwhile: this request belonged to the previous one.
        if (session.getState().generation !== generation) throw new SessionEndedError();
        operation.setContext(({ headers }) => ({
          accessToken: token,
          headers: { ...headers, authorization: `Bearer ${token}` },
        }));
        return forward(operation);
      }),
    );
  });
}

/** On UNAUTHENTICATED, refresh the session (once, shared) and retry the operation once. */
function createRetryOnUnauthenticatedLink(session: SessionManager): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return;
    const context = operation.getContext();
    if (context.public || context.authRetried) return;
    operation.setContext({ authRetried: true });
    return from(session.recoverFromRejectedToken(context.accessToken)).pipe(mergeMap(() => forward(operation)));
  });
}

export function createApolloClient(session: SessionManager, uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createRetryOnUnauthenticatedLink(session),
      createAuthLink(session),
      new HttpLink({ uri }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            users: {
              keyArgs: ['search', 'role', 'includeInactive'],
              merge(existing: { edges: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }) {
                if (!existing || !args?.['after']) return incoming;
                return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
              },
            },
          },
        },
      },
    }),
  });
}
