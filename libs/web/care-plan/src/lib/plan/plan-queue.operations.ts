import { graphql } from '@waymark/web/core';

/** Submitted plans of the agency, for the supervisors who approve them. */
export const carePlansAwaitingApprovalQuery = graphql(`
  query CarePlansAwaitingApproval {
    carePlansAwaitingApproval {
      id
      clientId
      programName
      revision
      status
      submittedAt
      updatedAt
      author {
        id
        displayName
      }
      client {
        id
        displayName
        clientNumber
      }
    }
  }
`);
