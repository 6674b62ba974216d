import { graphql } from '@waymark/web/core';

/** What a row of a client list or a search result shows: who, and what every worker must see. */
export const clientSummaryFields = graphql(`
  fragment ClientSummaryFields on Client {
    id
    version
    clientNumber
    status
    displayName
    preferredName
    dateOfBirth
    age
    phone
    riskLevel
    flags
    primaryCaseManager {
      id
      displayName
    }
    enrollments {
      id
      status
      program {
        id
        name
      }
    }
  }
`);

export const clientsQuery = graphql(`
  query Clients(
    $first: Int!
    $after: String
    $search: String
    $status: [ClientStatus!]
    $programId: ID
    $caseManagerId: ID
    $riskLevel: RiskLevel
    $sort: ClientSort
  ) {
    clients(
      first: $first
      after: $after
      search: $search
      status: $status
      programId: $programId
      caseManagerId: $caseManagerId
      riskLevel: $riskLevel
      sort: $sort
    ) {
      totalCount
      edges {
        cursor
        node {
          ...ClientSummaryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Clients whose open enrollment the caller leads or serves on, and the intakes they took. */
export const myCaseloadQuery = graphql(`
  query MyCaseload($first: Int!, $after: String, $search: String) {
    myCaseload(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          ...ClientSummaryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The programs a list can be filtered by. */
export const programOptionsQuery = graphql(`
  query ProgramOptions {
    programs(includeInactive: true) {
      id
      name
      active
    }
  }
`);

/** The workers a supervisor can filter the list by: those with a caseload. */
export const caseManagersQuery = graphql(`
  query CaseManagerOptions {
    caseloads {
      worker {
        id
        displayName
      }
    }
  }
`);
