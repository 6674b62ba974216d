import { graphql } from '@waymark/web/core';

export const documentFields = graphql(`
  fragment DocumentFields on Document {
    id
    version
    clientId
    ownerType
    ownerId
    documentType
    title
    documentDate
    expiresOn
    expired
    fileName
    contentType
    sizeBytes
    contentPath
    uploadedAt
    uploadedBy {
      id
      displayName
    }
  }
`);

export const clientDocumentsQuery = graphql(`
  query ClientDocuments($clientId: ID!, $first: Int!, $after: String, $documentType: DocumentType) {
    clientDocuments(clientId: $clientId, first: $first, after: $after, filter: { documentType: $documentType }) {
      totalCount
      edges {
        cursor
        node {
          ...DocumentFields
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const removeDocumentMutation = graphql(`
  mutation RemoveDocument($input: RemoveDocumentInput!) {
    removeDocument(input: $input) {
      id
      version
    }
  }
`);

/** What a document may be attached to, named as the client's other tabs name it. */
export const documentOwnersQuery = graphql(`
  query DocumentOwners($clientId: ID!) {
    clientEnrollments(clientId: $clientId) {
      id
      openedOn
      program {
        id
        name
      }
    }
    clientConsents(clientId: $clientId) {
      id
      recipientName
      signedOn
    }
    caseNotes(clientId: $clientId, first: 50) {
      edges {
        node {
          id
          noteType
          occurredAt
        }
      }
    }
    clientIncidents(clientId: $clientId, first: 50) {
      edges {
        node {
          id
          incidentType
          occurredAt
        }
      }
    }
  }
`);

/** The client's referrals, asked apart: roles that may not read referrals still attach to the other records. */
export const documentReferralOwnersQuery = graphql(`
  query DocumentReferralOwners($clientId: ID!) {
    referrals(filter: { box: SENT, clientId: $clientId }, first: 50) {
      edges {
        node {
          id
          serviceName
          provider {
            name
          }
          createdAt
        }
      }
    }
  }
`);

export const updateDocumentMutation = graphql(`
  mutation UpdateDocument($input: UpdateDocumentInput!) {
    updateDocument(input: $input) {
      ...DocumentFields
    }
  }
`);
