import { graphql } from '@waymark/web/core';

/** Plans a supervisor may approve, oldest submission first. */
export const dashboardApprovalsQuery = graphql(`
  query DashboardApprovals {
    carePlansAwaitingApproval {
      id
      revision
      programName
      submittedAt
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
