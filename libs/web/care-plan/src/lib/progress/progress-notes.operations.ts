import { graphql } from '@waymark/web/core';

/** The client's latest case notes, to tie a progress entry to the contact it came from. */
export const progressCaseNotesQuery = graphql(`
  query ProgressCaseNotes($clientId: ID!) {
    caseNotes(clientId: $clientId, first: 20) {
      edges {
        node {
          id
          occurredAt
          noteType
        }
      }
    }
  }
`);
