import { graphql } from '@waymark/web/core';

/** The review queue: the API orders it most severe first, then longest waiting. */
export const incidentsAwaitingReviewQuery = graphql(`
  query IncidentsAwaitingReview($first: Int!, $after: String) {
    incidentsAwaitingReview(first: $first, after: $after) {
      ...IncidentPage
    }
  }
`);

/** The caller's unsigned notes across every client, for the dashboard. */
export const dashboardDraftNotesQuery = graphql(`
  query DashboardDraftNotes($first: Int!) {
    myDraftNotes(first: $first) {
      totalCount
      edges {
        node {
          id
          clientId
          noteType
          occurredAt
          updatedAt
        }
      }
    }
  }
`);
