import { graphql } from '@waymark/web/core';

/** The programs a supervisor may narrow the balance to. */
export const supervisionProgramsQuery = graphql(`
  query SupervisionPrograms {
    programs(includeInactive: false) {
      id
      name
    }
  }
`);

/** Each worker's cases (by status and risk) and open work (by timing), and the supervisors' queue, over one program or all. */
export const supervisionBalanceQuery = graphql(`
  query SupervisionBalance($programId: ID) {
    caseloads(programId: $programId) {
      worker {
        id
        displayName
        active
      }
      totalClients
      pendingClients
      activeClients
      onHoldClients
      highRiskClients
      shareOfAverage
    }
    taskLoads(programId: $programId) {
      worker {
        id
        displayName
        active
      }
      open
      overdue
      dueThisWeek
      oldestOverdueOn
    }
  }
`);

/** The clients whose open enrollment the worker leads, with those enrollments, a page at a time. */
export const workerCasesQuery = graphql(`
  query SupervisionWorkerCases($caseManagerId: ID!, $programId: ID, $first: Int!, $after: String) {
    clients(filter: { caseManagerId: $caseManagerId, programId: $programId }, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          displayName
          clientNumber
          riskLevel
          flags
          enrollments {
            id
            version
            status
            closedOn
            program {
              id
              name
            }
            primaryCaseManager {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const reassignEnrollmentsMutation = graphql(`
  mutation ReassignEnrollments($input: ReassignEnrollmentsInput!) {
    reassignEnrollments(input: $input) {
      id
      version
      primaryCaseManager {
        id
        displayName
      }
    }
  }
`);
