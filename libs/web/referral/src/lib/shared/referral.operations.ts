import { graphql } from '@waymark/web/core';

/** What a list row shows of a referral (boards, the client's tab). */
export const referralRowFields = graphql(`
  fragment ReferralRowFields on Referral {
    id
    version
    status
    urgency
    serviceName
    organizationName
    provider {
      name
    }
    receiverAgency {
      id
      name
    }
    senderAgency {
      id
      name
    }
    side
    nextStatuses
    sentAt
    createdAt
    statusChangedAt
    client {
      id
      displayName
      sharedUnder
    }
  }
`);

/** Everything a referral's page shows, steps included. */
export const referralFields = graphql(`
  fragment ReferralFields on Referral {
    ...ReferralRowFields
    reason
    needs
    noteForReceiver
    serviceId
    provider {
      name
      phone
      email
      address
    }
    onWaymark
    answeredAt
    appointmentAt
    appointmentLocation
    declineReason
    outcome
    outcomeNote
    closedAt
    enrollmentId
    sentBy {
      id
      displayName
    }
    steps {
      id
      fromStatus
      toStatus
      side
      actorName
      actorAgencyName
      note
      appointmentAt
      occurredAt
    }
    client {
      id
      clientNumber
      displayName
      dateOfBirth
      primaryLanguage
      phone
      email
      address
      sharedUnder
    }
  }
`);

export const referralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
    }
  }
`);

/** A board's page of referrals, newest change first. */
export const referralsQuery = graphql(`
  query Referrals($filter: ReferralFilter!, $first: Int!, $after: String) {
    referrals(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...ReferralRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** How many referrals stand in each status, for a board's sections and the inbox count. */
export const referralStatusCountsQuery = graphql(`
  query ReferralStatusCounts($box: ReferralBox!) {
    referralStatusCounts(box: $box) {
      status
      count
    }
  }
`);

export const createReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const updateReferralMutation = graphql(`
  mutation UpdateReferral($input: UpdateReferralInput!) {
    updateReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const moveReferralMutation = graphql(`
  mutation MoveReferral($input: MoveReferralInput!) {
    moveReferral(input: $input) {
      ...ReferralFields
    }
  }
`);
