import { graphql } from '@waymark/web/core';

/** Where a cursor list stands: the cursor to load more after, and whether there is more. */
export const pageCursorFields = graphql(`
  fragment PageCursor on PageInfo {
    endCursor
    hasNextPage
  }
`);

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

/**
 * A page of clients, as every client list loads it. The API's depth limit counts each
 * fragment spread as levels of nesting, so fragments here nest no deeper than this.
 */
export const clientPageFields = graphql(`
  fragment ClientPage on ClientConnection {
    totalCount
    edges {
      cursor
      node {
        ...ClientSummaryFields
      }
    }
    pageInfo {
      ...PageCursor
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
    $orderBy: ClientOrder
  ) {
    clients(
      first: $first
      after: $after
      filter: { search: $search, status: $status, programId: $programId, caseManagerId: $caseManagerId, riskLevel: $riskLevel }
      orderBy: $orderBy
    ) {
      ...ClientPage
    }
  }
`);

/** Clients whose open enrollment the caller leads or serves on, and the intakes they took. */
export const myCaseloadQuery = graphql(`
  query MyCaseload($first: Int!, $after: String, $search: String) {
    myCaseload(first: $first, after: $after, filter: { search: $search }) {
      ...ClientPage
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
