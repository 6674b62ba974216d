import type { ApiScope } from '@waymark/shared/types';
import type { TestApp } from './test-app';

export const CREATE_API_CLIENT = `mutation CreateApiClient($input: CreateApiClientInput!) {
  createApiClient(input: $input) { token client { id name scopes allowedCidrs status expiresAt version } }
}`;

export interface TestApiClient {
  id: string;
  /** The bearer token: pass it as `{ token }` to `t.gql` / `t.post`, like a user's access token. */
  token: string;
  version: number;
}

/** A day from now, the default expiry of a test key. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/**
 * An API client made over HTTP by an agency admin (their access token), with `scopes` (all
 * read and write scopes of client data by default), expiring in a month unless said otherwise.
 */
export async function createApiClient(
  t: TestApp,
  adminToken: string,
  options: { scopes?: ApiScope[]; name?: string; expiresAt?: string; allowedCidrs?: string[] } = {},
): Promise<TestApiClient> {
  const res = await t.gql(
    CREATE_API_CLIENT,
    {
      input: {
        name: options.name ?? 'Test integration',
        scopes: options.scopes ?? ['client:write'],
        expiresAt: options.expiresAt ?? inDays(30),
        allowedCidrs: options.allowedCidrs ?? [],
      },
    },
    { token: adminToken },
  );
  const made = res.data?.createApiClient;
  if (!made) throw new Error(`createApiClient failed: ${JSON.stringify(res.errors)}`);
  return { id: made.client.id, token: made.token, version: made.client.version };
}

/**
 * Waits for the next minute when this one has too little left for a test's calls to share one rate-limit window.
 * A slow machine may take several seconds for a key and a handful of calls, so 20 s must be left; the wait (at most
 * 21 s) stays inside the default test timeout.
 */
export async function freshMinute(): Promise<void> {
  const intoMinute = new Date().getUTCSeconds();
  if (intoMinute > 40) await new Promise((resolve) => setTimeout(resolve, (61 - intoMinute) * 1000));
}
