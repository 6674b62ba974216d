import { graphql } from '@waymark/web/core';

export const breakGlassMutation = graphql(`
  mutation BreakGlass($input: BreakGlassInput!) {
    breakGlass(input: $input) {
      id
      clientId
      grantedAt
      expiresAt
    }
  }
`);
