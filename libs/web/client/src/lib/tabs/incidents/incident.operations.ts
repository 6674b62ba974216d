import { graphql } from '@waymark/web/core';

export const incidentFields = graphql(`
  fragment IncidentFields on Incident {
    id
    version
    clientId
    incidentType
    severity
    occurredAt
    location
    description
    actionsTaken
    followUpDue
    status
    reviewedAt
    reviewNote
    createdAt
    notifications {
      party
      name
      method
      notifiedAt
      recordedAt
    }
    reportedBy {
      id
      displayName
    }
    reviewedBy {
      id
      displayName
    }
  }
`);

/** A page of incident reports: a client's, or those awaiting review. */
export const incidentPageFields = graphql(`
  fragment IncidentPage on IncidentConnection {
    totalCount
    edges {
      cursor
      node {
        ...IncidentFields
      }
    }
    pageInfo {
      ...PageCursor
    }
  }
`);

export const clientIncidentsQuery = graphql(`
  query ClientIncidents($clientId: ID!, $first: Int!, $after: String) {
    clientIncidents(clientId: $clientId, first: $first, after: $after) {
      ...IncidentPage
    }
  }
`);

export const reportIncidentMutation = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      ...IncidentFields
    }
  }
`);

export const updateIncidentMutation = graphql(`
  mutation UpdateIncident($input: UpdateIncidentInput!) {
    updateIncident(input: $input) {
      ...IncidentFields
    }
  }
`);

export const addIncidentNotificationMutation = graphql(`
  mutation AddIncidentNotification($input: AddIncidentNotificationInput!) {
    addIncidentNotification(input: $input) {
      ...IncidentFields
    }
  }
`);

export const reviewIncidentMutation = graphql(`
  mutation ReviewIncident($input: ReviewIncidentInput!) {
    reviewIncident(input: $input) {
      ...IncidentFields
    }
  }
`);
