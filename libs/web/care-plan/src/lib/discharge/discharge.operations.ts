import { graphql } from '@waymark/web/core';

/** The client and their enrollments: the one being closed, and whether any other stays open. */
export const dischargeEnrollmentQuery = graphql(`
  query DischargeEnrollment($clientId: ID!) {
    client(id: $clientId) {
      ...ClientProfileFields
    }
    clientEnrollments(clientId: $clientId) {
      ...EnrollmentFields
    }
  }
`);

export const dischargePlanFields = graphql(`
  fragment DischargePlanFields on DischargePlan {
    id
    version
    enrollmentId
    plannedOn
    reason
    aftercare
    continuingServices
    updatedAt
    createdBy {
      id
      displayName
    }
  }
`);

export const dischargePlanQuery = graphql(`
  query DischargePlan($enrollmentId: ID!) {
    dischargePlan(enrollmentId: $enrollmentId) {
      ...DischargePlanFields
    }
  }
`);

export const saveDischargePlanMutation = graphql(`
  mutation SaveDischargePlan($input: SaveDischargePlanInput!) {
    saveDischargePlan(input: $input) {
      ...DischargePlanFields
    }
  }
`);

/** What would stop the enrollment closing on `closedOn` (today when left out). */
export const closureCheckQuery = graphql(`
  query ClosureCheck($enrollmentId: ID!, $closedOn: String) {
    closureCheck(enrollmentId: $enrollmentId, closedOn: $closedOn) {
      kind
      id
      description
    }
  }
`);

export const dischargeCloseEnrollmentMutation = graphql(`
  mutation DischargeCloseEnrollment($input: CloseEnrollmentInput!) {
    closeEnrollment(input: $input) {
      ...EnrollmentFields
    }
  }
`);

export const dischargeClientMutation = graphql(`
  mutation DischargeClient($input: ChangeClientStatusInput!) {
    changeClientStatus(input: $input) {
      ...ClientProfileFields
    }
  }
`);

/**
 * The client's follow-ups after discharge. Read from the worklist's `tasks`, which lists a
 * case manager's own tasks even once the discharged client has left their caseload.
 */
export const dischargeFollowUpsQuery = graphql(`
  query DischargeFollowUps($clientId: ID!) {
    tasks(filter: { clientId: $clientId, kinds: [FOLLOW_UP] }, first: 20) {
      edges {
        node {
          ...TaskFields
        }
      }
    }
  }
`);
