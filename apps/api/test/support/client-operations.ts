/** GraphQL operations the client specs share, with the fields their assertions read. */

export const CREATE_CLIENT = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id version clientNumber } }`;
export const CHANGE_CLIENT_STATUS = `mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { id version status } }`;
export const UPDATE_CLIENT = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id version } }`;

export const PROGRAM_FIELDS = `id version code name description active
  rules { eligibility { minAge maxAge requiresMedicaid residencyRegions } intakeRequirements
          deadlines { assessmentDays planDays reviewMonths } visitSchedule { everyDays kind } }`;
export const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
export const UPDATE_PROGRAM = `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
export const PROGRAMS = `query ($includeInactive: Boolean) { programs(includeInactive: $includeInactive) { id code name active } }`;
export const SCREEN = `mutation ($input: ScreenEligibilityInput!) {
  screenEligibility(input: $input) { id clientId outcome reasons age answers { hasMedicaid residencyRegion notes } program { id } screenedBy { id } screenedAt }
}`;

export const ENROLLMENT_FIELDS = `id version clientId status openedOn closedOn openReason closeReason
  program { id code } primaryCaseManager { id displayName }
  team { user { id } role } assignments { caseManager { id } assignedBy { id } reason startedAt endedAt }`;
export const ENROLL = `mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const CHANGE_ENROLLMENT_STATUS = `mutation ($input: ChangeEnrollmentStatusInput!) { changeEnrollmentStatus(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const CLOSE_ENROLLMENT = `mutation ($input: CloseEnrollmentInput!) { closeEnrollment(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const ASSIGN = `mutation ($input: AssignCaseManagerInput!) { assignCaseManager(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const ADD_MEMBER = `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const REMOVE_MEMBER = `mutation ($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const CLIENT_ENROLLMENTS = `query ($clientId: ID!) { clientEnrollments(clientId: $clientId) { ${ENROLLMENT_FIELDS} } }`;

export const ADD_CONTACT = `mutation ($input: AddClientContactInput!) { addClientContact(input: $input) { id } }`;
export const CREATE_NOTE = `mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id version } }`;
export const SIGN_NOTE = `mutation ($input: CaseNoteVersionInput!) { signCaseNote(input: $input) { id } }`;
