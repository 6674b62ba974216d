import { graphql } from '@waymark/web/core';

export const clientDuplicatesQuery = graphql(`
  query ClientDuplicates($input: ClientDuplicatesInput!) {
    clientDuplicates(input: $input) {
      score
      reasons
      client {
        ...ClientSummaryFields
      }
    }
  }
`);

export const createClientMutation = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      displayName
      clientNumber
    }
  }
`);
