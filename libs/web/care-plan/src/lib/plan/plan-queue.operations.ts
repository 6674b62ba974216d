import { graphql } from '@waymark/web/core';

/** Submitted plans of the agency, for the supervisors who approve them: the longest waiting first, a page at a time. */
export const carePlansAwaitingApprovalQuery = graphql(`
  query CarePlansAwaitingApproval($first: Int!, $after: String) {
    carePlansAwaitingApproval(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
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
    }
  }
`);

/** Plans the approval queue shows per page (the dashboard panel shows the first few of the same page). */
export const APPROVAL_QUEUE_PAGE = 50;

/** The caller's open plan deadlines (a plan to put in place or to review), each with its client: the plans they owe. */
export const myPlanWorkQuery = graphql(`
  query MyPlanWork($first: Int!) {
    myTasks(filter: { kinds: [PLAN_DUE, IMPLEMENTATION_PLAN_DUE, PLAN_REVIEW] }, first: $first) {
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
