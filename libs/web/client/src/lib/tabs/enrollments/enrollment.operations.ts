import { graphql } from '@waymark/web/core';

export const enrollmentFields = graphql(`
  fragment EnrollmentFields on Enrollment {
    id
    version
    clientId
    status
    openedOn
    closedOn
    openReason
    closeReason
    program {
      id
      code
      name
    }
    primaryCaseManager {
      id
      displayName
    }
    team {
      id
      role
      addedAt
      user {
        id
        displayName
      }
    }
    assignments {
      id
      reason
      startedAt
      endedAt
      caseManager {
        id
        displayName
      }
      assignedBy {
        id
        displayName
      }
    }
  }
`);

export const clientEnrollmentsQuery = graphql(`
  query ClientEnrollments($clientId: ID!) {
    clientEnrollments(clientId: $clientId) {
      ...EnrollmentFields
    }
  }
`);

export const programsForEnrollmentQuery = graphql(`
  query ProgramsForEnrollment {
    programs(includeInactive: false) {
      id
      code
      name
      description
      active
      rules {
        eligibility {
          minAge
          maxAge
          requiresMedicaid
          residencyRegions
        }
        intakeRequirements
      }
    }
  }
`);

export const caseloadWorkersQuery = graphql(`
  query CaseloadWorkers {
    caseloads {
      totalClients
      highRiskClients
      worker {
        id
        displayName
        role
        active
      }
    }
  }
`);

export const screenEligibilityMutation = graphql(`
  mutation ScreenEligibility($input: ScreenEligibilityInput!) {
    screenEligibility(input: $input) {
      id
      outcome
      reasons
      age
      screenedAt
      answers {
        hasMedicaid
        residencyRegion
      }
    }
  }
`);

export const enrollClientMutation = graphql(`
  mutation EnrollClient($input: EnrollClientInput!) {
    enrollClient(input: $input) {
      ...EnrollmentFields
    }
  }
`);

export const changeEnrollmentStatusMutation = graphql(`
  mutation ChangeEnrollmentStatus($input: ChangeEnrollmentStatusInput!) {
    changeEnrollmentStatus(input: $input) {
      ...EnrollmentFields
    }
  }
`);

export const closeEnrollmentMutation = graphql(`
  mutation CloseEnrollment($input: CloseEnrollmentInput!) {
    closeEnrollment(input: $input) {
      ...EnrollmentFields
    }
  }
`);

export const assignCaseManagerMutation = graphql(`
  mutation AssignCaseManager($input: AssignCaseManagerInput!) {
    assignCaseManager(input: $input) {
      ...EnrollmentFields
    }
  }
`);

export const addTeamMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      ...EnrollmentFields
    }
  }
`);

export const removeTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {
    removeTeamMember(input: $input) {
      ...EnrollmentFields
    }
  }
`);
