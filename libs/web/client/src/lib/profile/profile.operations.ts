import { graphql } from '@waymark/web/core';

/** Everything the profile's header, overview and face sheet show of the client. */
export const clientProfileFields = graphql(`
  fragment ClientProfileFields on Client {
    id
    version
    clientNumber
    status
    legalFirstName
    legalLastName
    preferredName
    displayName
    dateOfBirth
    age
    pronouns
    gender
    primaryLanguage
    interpreterNeeded
    phone
    email
    address {
      line1
      line2
      city
      region
      postalCode
    }
    riskLevel
    flags
    referralSource
    referralReason
    presentingNeeds
    identifiers {
      id
      kind
      masked
      version
    }
    mergedIntoId
    emergencyAccessUntil
    mayChange
    createdAt
    updatedAt
    primaryCaseManager {
      id
      displayName
    }
    enrollments {
      id
      status
      openedOn
      program {
        id
        name
      }
      primaryCaseManager {
        id
        displayName
      }
    }
  }
`);

export const clientProfileQuery = graphql(`
  query ClientProfile($id: ID!, $accessReason: String) {
    client(id: $id, accessReason: $accessReason) {
      ...ClientProfileFields
    }
  }
`);

export const updateClientMutation = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      ...ClientProfileFields
    }
  }
`);

export const changeClientStatusMutation = graphql(`
  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {
    changeClientStatus(input: $input) {
      ...ClientProfileFields
    }
  }
`);

export const setClientIdentifierMutation = graphql(`
  mutation SetClientIdentifier($input: SetClientIdentifierInput!) {
    setClientIdentifier(input: $input) {
      ...ClientProfileFields
    }
  }
`);

export const removeClientIdentifierMutation = graphql(`
  mutation RemoveClientIdentifier($input: RemoveClientIdentifierInput!) {
    removeClientIdentifier(input: $input) {
      ...ClientProfileFields
    }
  }
`);

export const revealClientIdentifierMutation = graphql(`
  mutation RevealClientIdentifier($input: RevealClientIdentifierInput!) {
    revealClientIdentifier(input: $input) {
      value
    }
  }
`);

export const clientTimelineQuery = graphql(`
  query ClientTimeline($clientId: ID!, $first: Int!, $after: String, $kinds: [TimelineKind!]) {
    clientTimeline(clientId: $clientId, first: $first, after: $after, filter: { kinds: $kinds }) {
      edges {
        cursor
        node {
          id
          occurredAt
          kind
          summary
          sourceType
          sourceId
          actor {
            id
            displayName
          }
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

/** The support network as the face sheet prints it. */
export const faceSheetContactsQuery = graphql(`
  query FaceSheetContacts($clientId: ID!) {
    clientContacts(clientId: $clientId) {
      id
      kind
      name
      relationship
      organization
      phone
      email
      emergencyContact
      legalDecisionMaker
      mayShareInformation
    }
  }
`);

export const mergeClientsMutation = graphql(`
  mutation MergeClients($input: MergeClientsInput!) {
    mergeClients(input: $input) {
      ...ClientProfileFields
    }
  }
`);
