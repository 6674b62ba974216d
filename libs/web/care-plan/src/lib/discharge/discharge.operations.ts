import { graphql } from '@waymark/web/core';

/**
 * The client (what the wizard says of them and whether it may discharge them) and their
 * enrollments: the one being closed, and whether any other stays open.
 */
export const dischargeEnrollmentQuery = graphql(`
  query DischargeEnrollment($clientId: ID!) {
    client(id: $clientId) {
      id
      version
      displayName
      status
      mayChange
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
 * The follow-ups after discharge of one enrollment (three by default), with what their rows
 * show; they are open, so nothing of their closing. The case team keeps a discharged client
 * through the program's follow-ups, so the case manager sees them here and on the worklist.
 */
export const dischargeFollowUpsQuery = graphql(`
  query DischargeFollowUps($enrollmentId: ID!) {
    tasks(filter: { enrollmentId: $enrollmentId, kinds: [FOLLOW_UP] }, first: 10) {
      edges {
        node {
          id
          version
          kind
          title
          programName
          details
          status
          priority
          dueOn
          timing
          generated
          escalatedAt
          enrollmentId
          subjectType
          subjectId
          assignee {
            id
            displayName
          }
          client {
            id
            displayName
            clientNumber
          }
        }
      }
    }
  }
`);
