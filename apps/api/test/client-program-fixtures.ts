import { randomUUID } from 'node:crypto';
import type { Role } from '@waymark/shared/types';
import { newUser, signIn, type TestAgency, type TestUser } from './support/factories';
import type { TestApp } from './support/test-app';

/** Operations and rows the program specs share. */
export const PROGRAM_FIELDS = `id version code name description active
  rules { eligibility { minAge maxAge requiresMedicaid residencyRegions } intakeRequirements
          deadlines { assessmentDays planDays reviewMonths } visitSchedule { everyDays kind } }`;
export const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
export const UPDATE_PROGRAM = `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
export const PROGRAMS = `query ($includeInactive: Boolean) { programs(includeInactive: $includeInactive) { id code name active } }`;

export const ENROLLMENT_FIELDS = `id version clientId status openedOn closedOn openReason closeReason
  program { id code } primaryCaseManager { id displayName }
  team { user { id } role } assignments { caseManager { id } assignedBy { id } reason startedAt endedAt }`;
export const ENROLL = `mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const CHANGE_STATUS = `mutation ($input: ChangeEnrollmentStatusInput!) { changeEnrollmentStatus(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const CLOSE = `mutation ($input: CloseEnrollmentInput!) { closeEnrollment(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const ASSIGN = `mutation ($input: AssignCaseManagerInput!) { assignCaseManager(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const ADD_MEMBER = `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const REMOVE_MEMBER = `mutation ($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { ${ENROLLMENT_FIELDS} } }`;
export const SCREEN = `mutation ($input: ScreenEligibilityInput!) { screenEligibility(input: $input) { id outcome reasons } }`;
export const CLIENT_ENROLLMENTS = `query ($clientId: ID!) { clientEnrollments(clientId: $clientId) { ${ENROLLMENT_FIELDS} } }`;

export interface Worker extends TestUser {
  token: string;
}

/** A user of the agency with the role, signed in. */
export async function worker(t: TestApp, agency: TestAgency, role: Role): Promise<Worker> {
  const user = await newUser(t, agency, role);
  return { ...user, token: (await signIn(t, user)).accessToken };
}

/** An ADMIN-made program with the given eligibility rules; returns its id. */
export async function newProgram(t: TestApp, adminToken: string, eligibility: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<string> {
  const code = `P${randomUUID().slice(0, 8).toUpperCase()}`;
  const res = await t.gql(CREATE_PROGRAM, { input: { code, name: `Program ${code}`, rules: { eligibility }, ...extra } }, { token: adminToken });
  if (!res.data?.createProgram) throw new Error(`createProgram failed: ${JSON.stringify(res.errors)}`);
  return res.data.createProgram.id;
}

export interface ClientRow {
  status?: 'INQUIRY' | 'INTAKE' | 'ACTIVE' | 'CLOSED';
  dateOfBirth?: string;
  region?: string;
  riskLevel?: 'LOW' | 'MODERATE' | 'HIGH';
}

const CREATE_CLIENT = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id version } }`;
const CHANGE_CLIENT_STATUS = `mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { id } }`;

/** A client taken in through intake by the holder of `token` and, for ACTIVE or CLOSED, moved on from INTAKE. */
export async function newClient(t: TestApp, token: string, { status = 'INTAKE', dateOfBirth, region, riskLevel }: ClientRow = {}): Promise<string> {
  const input = {
    status: status === 'INQUIRY' ? 'INQUIRY' : 'INTAKE',
    legalFirstName: 'Test',
    legalLastName: `Client ${randomUUID().slice(0, 8)}`,
    dateOfBirth,
    riskLevel,
    address: region ? { region } : undefined,
  };
  const created = await t.gql(CREATE_CLIENT, { input }, { token });
  if (!created.data?.createClient) throw new Error(`createClient failed: ${JSON.stringify(created.errors)}`);
  const { id, version } = created.data.createClient;
  if (status === 'ACTIVE' || status === 'CLOSED') {
    const moved = await t.gql(CHANGE_CLIENT_STATUS, { input: { clientId: id, version, status } }, { token });
    if (!moved.data) throw new Error(`changeClientStatus failed: ${JSON.stringify(moved.errors)}`);
  }
  return id;
}

/** The audit rows about one entity, oldest first. */
export function auditRowsOf(t: TestApp, entityId: string) {
  return t.db.query(`SELECT action, entity_type, actor_id, client_id, changes, reason FROM audit_event WHERE entity_id = $1 ORDER BY id`, [entityId]);
}

/** A 'YYYY-MM-DD' date `days` from today (UTC). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
