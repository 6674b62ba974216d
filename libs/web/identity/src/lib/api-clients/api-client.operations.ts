import { graphql } from '@waymark/web/core';

export const apiClientFields = graphql(`
  fragment ApiClientFields on ApiClient {
    id
    name
    scopes
    allowedCidrs
    status
    expiresAt
    lastUsedAt
    lastUsedIp
    createdAt
    version
  }
`);

export const apiClientsQuery = graphql(`
  query ApiClients($first: Int!, $after: String, $includeRevoked: Boolean!) {
    apiClients(first: $first, after: $after, filter: { includeRevoked: $includeRevoked }) {
      edges {
        node {
          ...ApiClientFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const createApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      token
      client {
        ...ApiClientFields
      }
    }
  }
`);

export const rotateApiClientSecretMutation = graphql(`
  mutation RotateApiClientSecret($input: ApiClientVersionInput!) {
    rotateApiClientSecret(input: $input) {
      token
      client {
        ...ApiClientFields
      }
    }
  }
`);

export const revokeApiClientMutation = graphql(`
  mutation RevokeApiClient($input: ApiClientVersionInput!) {
    revokeApiClient(input: $input) {
      ...ApiClientFields
    }
  }
`);
