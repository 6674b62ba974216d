/** One unauthenticated call per API-client operation, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  apiClients: '{ apiClients { pageInfo { hasNextPage } } }',
  apiClient: `{ apiClient(id: "${ID}") { id } }`,
  createApiClient: 'mutation { createApiClient(input: { name: "A", scopes: ["client:read"], expiresAt: "2099-01-01T00:00:00Z" }) { token } }',
  rotateApiClientSecret: `mutation { rotateApiClientSecret(input: { id: "${ID}", version: 1 }) { token } }`,
  revokeApiClient: `mutation { revokeApiClient(input: { id: "${ID}", version: 1 }) { id } }`,
};
