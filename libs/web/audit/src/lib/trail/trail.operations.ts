import { graphql } from '@waymark/web/core';

export const auditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    occurredAt
    action
    severity
    actorType
    actorId
    actorName
    entityType
    entityId
    clientId
    client {
      id
      displayName
      clientNumber
    }
    changes
    reason
    ip
  }
`);

export const auditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
    }
  }
`);

export const auditActorsQuery = graphql(`
  query AuditActors {
    auditActors {
      id
      displayName
      role
      active
    }
  }
`);

export const exportAuditEventsMutation = graphql(`
  mutation ExportAuditEvents($filter: AuditEventFilter) {
    exportAuditEvents(filter: $filter) {
      filename
      csv
      rowCount
    }
  }
`);

export const verifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      intact
      sealedCount
      unsealedCount
      firstBrokenEventId
      firstBrokenSequence
      checkedAt
    }
  }
`);

export const clientViewersQuery = graphql(`
  query ClientViewers($clientId: ID!) {
    clientViewers(clientId: $clientId) {
      actorId
      actorType
      actorName
      views
      firstViewedAt
      lastViewedAt
      emergency
      reasons
    }
  }
`);
