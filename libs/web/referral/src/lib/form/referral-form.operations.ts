import { graphql } from '@waymark/web/core';

/** The client being referred and their enrollments, to pick the open one the referral is part of. */
export const referralClientQuery = graphql(`
  query ReferralClient($id: ID!) {
    client(id: $id) {
      id
      displayName
      clientNumber
      enrollments {
        id
        status
        openedOn
        program {
          id
          name
        }
      }
    }
  }
`);

/**
 * Whether the client's consents let the receiving agency see the referral, and which of the
 * client's data besides (REFERRAL_SHARED_CATEGORIES): the same judgement the API makes on send.
 */
export const referralConsentQuery = graphql(`
  query ReferralConsent($clientId: ID!, $agencyId: ID!) {
    referral: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: REFERRALS) {
      allowed
      reason
      consentId
    }
    identity: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: DEMOGRAPHICS) {
      allowed
      reason
    }
    contact: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: CONTACT_INFO) {
      allowed
      reason
    }
  }
`);
