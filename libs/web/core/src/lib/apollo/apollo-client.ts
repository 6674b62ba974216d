import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap } from 'rxjs';
import { SessionEndedError } from '../errors/error-info';
import type { SessionManager } from '../session/session-manager';
import { createPersistedDocumentsLink } from './persisted-documents-link';

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

/** A connection's pages: a first page (no `after`) replaces what was shown, a later one is appended. */
function mergePages(existing: { edges: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }: { args: Record<string, unknown> | null }) {
  if (!existing || !args?.['after']) return incoming;
  return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
}

/**
 * Polls wait while nobody can see them: in a hidden tab, and while the session is not in use
 * (locked, the requests would only queue behind the lock). Coming back to the tab refreshes the
 * polled queries at once instead of at their next tick.
 */
function pauseHiddenPolls(client: ApolloClient, session: SessionManager): void {
  if (typeof document === 'undefined') return;
  document.addEventListener('visibilitychange', () => {
    if (document.hidden || session.getState().status !== 'active') return;
    for (const query of client.getObservableQueries('active')) if (query.options.pollInterval) void query.refetch().catch(() => undefined);
  });
}

export function createApolloClient(session: SessionManager, uri = '/graphql'): ApolloClient {
  const client = new ApolloClient({
    link: ApolloLink.from([
      createRetryOnUnauthenticatedLink(session),
      createAuthLink(session),
      createPersistedDocumentsLink(),
      new HttpLink({ uri }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            users: { keyArgs: ['filter', 'orderBy'], merge: mergePages },
            referrals: { keyArgs: ['filter'], merge: mergePages },
            auditEvents: { keyArgs: ['filter'], merge: mergePages },
            apiClients: { keyArgs: ['filter'], merge: mergePages },
          },
        },
      },
    }),
    defaultOptions: {
      watchQuery: {
        skipPollAttempt: () => (typeof document !== 'undefined' && document.hidden) || session.getState().status !== 'active',
      },
    },
  });
  pauseHiddenPolls(client, session);
  return client;
}
