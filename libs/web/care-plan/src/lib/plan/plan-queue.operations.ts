import { graphql } from '@waymark/web/core';

/** Submitted plans of the agency, for the supervisors who approve them. */
export const carePlansAwaitingApprovalQuery = graphql(`
  query CarePlansAwaitingApproval {
    carePlansAwaitingApproval {
      id
      clientId
      programName
      revision
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

/** The caller's open plan deadlines (a plan to put in place or to review), each with its client: the plans they owe. */
export const myPlanWorkQuery = graphql(`
  query MyPlanWork($first: Int!) {
    myTasks(kinds: [PLAN_DUE, IMPLEMENTATION_PLAN_DUE, PLAN_REVIEW], first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          dueOn
          timing
          client {
            id
            displayName
            clientNumber
          }
        }
      }
    }
  }
`);

/** The drafts and submitted plans the caller is putting in place (as primary case manager or author), each with its client. */
export const myCarePlansInProgressQuery = graphql(`
  query MyCarePlansInProgress {
    myCarePlansInProgress {
      id
      clientId
      programName
      revision
      status
      submittedAt
      updatedAt
      client {
        id
        displayName
        clientNumber
      }
    }
  }
`);
