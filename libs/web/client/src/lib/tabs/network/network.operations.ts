import { graphql } from '@waymark/web/core';

export const clientContactFields = graphql(`
  fragment ClientContactFields on ClientContact {
    id
    version
    clientId
    kind
    relationship
    name
    organization
    phone
    email
    address
    emergencyContact
    legalDecisionMaker
    mayShareInformation
    notes
    archivedAt
  }
`);

export const clientContactsQuery = graphql(`
  query ClientContacts($clientId: ID!, $includeArchived: Boolean!) {
    clientContacts(clientId: $clientId, includeArchived: $includeArchived) {
      ...ClientContactFields
    }
  }
`);

export const addClientContactMutation = graphql(`
  mutation AddClientContact($input: AddClientContactInput!) {
    addClientContact(input: $input) {
      ...ClientContactFields
    }
  }
`);

export const updateClientContactMutation = graphql(`
  mutation UpdateClientContact($input: UpdateClientContactInput!) {
    updateClientContact(input: $input) {
      ...ClientContactFields
    }
  }
`);

export const archiveClientContactMutation = graphql(`
  mutation ArchiveClientContact($input: ClientContactVersionInput!) {
    archiveClientContact(input: $input) {
      ...ClientContactFields
    }
  }
`);
