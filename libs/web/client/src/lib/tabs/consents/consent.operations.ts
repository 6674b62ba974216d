import { graphql } from '@waymark/web/core';

export const consentFields = graphql(`
  fragment ConsentFields on Consent {
    id
    version
    clientId
    categories
    recipientKind
    recipientName
    recipientContactId
    recipientAgencyId
    purpose
    effectiveFrom
    effectiveUntil
    signatureMethod
    signedOn
    documentReference
    revokedAt
    revokedReason
    state
    createdAt
    recordedBy {
      id
      displayName
    }
    revokedBy {
      id
      displayName
    }
  }
`);

export const clientConsentsQuery = graphql(`
  query ClientConsents($clientId: ID!) {
    clientConsents(clientId: $clientId) {
      ...ConsentFields
      documents {
        id
        title
      }
    }
  }
`);

export const recordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

export const revokeConsentMutation = graphql(`
  mutation RevokeConsent($input: RevokeConsentInput!) {
    revokeConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

/** The other agencies on Waymark a consent may release information to. */
export const partnerAgenciesQuery = graphql(`
  query PartnerAgencies($search: String) {
    partnerAgencies(search: $search) {
      id
      name
    }
  }
`);
