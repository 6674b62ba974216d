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
