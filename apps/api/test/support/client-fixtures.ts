import { randomUUID } from 'node:crypto';
import type { Role } from '@waymark/shared/types';
import { CHANGE_CLIENT_STATUS, CREATE_CLIENT, CREATE_PROGRAM, ENROLL } from './client-operations';
import { newAgency, newUser, signIn, type TestAgency, type TestUser } from './factories';
import type { GqlResult, TestApp } from './test-app';

/**
 * Setup the client specs share. Records are made the way people make them, through the API
 * (intake, programs, enrollments), so a spec's starting point obeys the same rules, writes the
 * same history and leaves the same audit trail as the real thing.
 */

export interface Worker extends TestUser {
  token: string;
}

/** The user, signed in. */
export async function signedIn(t: TestApp, user: TestUser): Promise<Worker> {
  return { ...user, token: (await signIn(t, user)).accessToken };
}

/** A new user of the agency with the role, signed in. */
export async function worker(t: TestApp, agency: TestAgency, role: Role): Promise<Worker> {
  return signedIn(t, await newUser(t, agency, role));
}

/** A spec's people by the names it calls them: a new user for each [agency, role], or the user given, all signed in. */
export async function staff<N extends string>(t: TestApp, cast: Record<N, [TestAgency, Role] | TestUser>): Promise<Record<N, Worker>> {
  const people = {} as Record<N, Worker>;
  for (const [name, who] of Object.entries(cast) as [N, [TestAgency, Role] | TestUser][]) {
    people[name] = Array.isArray(who) ? await worker(t, ...who) : await signedIn(t, who);
  }
  return people;
}

export interface StaffedAgency<W extends string> {
  agency: TestAgency;
  /** Another agency on the same Waymark, whose admin (`stranger`) must find nothing of this one. */
  otherAgency: TestAgency;
  people: Record<W | 'admin' | 'stranger', Worker>;
  /** `as(who)(query, variables)`: sends an operation as one of the people. */
  as: (who: W | 'admin' | 'stranger') => <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;
}

/** Where most client specs start: an agency with its admin and a worker of each role named, and another agency beside it. */
export async function staffedAgency<W extends string>(t: TestApp, roles: Record<W, Role>): Promise<StaffedAgency<W>> {
  const [agency, otherAgency] = [await newAgency(t), await newAgency(t)];
  const cast = Object.fromEntries(Object.entries<Role>(roles).map(([name, role]) => [name, [agency, role]])) as Record<W, [TestAgency, Role]>;
  const people = await staff(t, { ...cast, admin: agency.admin, stranger: otherAgency.admin });
  return { agency, otherAgency, people, as: (who) => (query, variables) => t.gql(query, variables, { token: people[who].token }) };
}

/** The one result of an operation that must succeed; a failure fails the test with its errors. */
export async function ok<T = any>(pending: Promise<GqlResult>): Promise<T> {
  const res = await pending;
  const [result] = Object.values(res.data ?? {});
  if (res.errors || result == null) throw new Error(JSON.stringify(res.errors));
  return result as T;
}

export interface TakenIn {
  id: string;
  version: number;
  clientNumber: string;
}

/** A client taken in through intake by the holder of `token`; the name is unique unless given. */
export function takeIn(t: TestApp, token: string, input: Record<string, unknown> = {}): Promise<TakenIn> {
  return ok(t.gql(CREATE_CLIENT, { input: { legalFirstName: 'Test', legalLastName: `Client ${randomUUID().slice(0, 8)}`, ...input } }, { token }));
}

export interface ClientSpec {
  status?: 'INQUIRY' | 'INTAKE' | 'ACTIVE' | 'CLOSED';
  legalFirstName?: string;
  legalLastName?: string;
  dateOfBirth?: string;
  region?: string;
  riskLevel?: 'LOW' | 'MODERATE' | 'HIGH';
}

/** A client taken in by the holder of `token` and, for ACTIVE or CLOSED, moved on from INTAKE (closing with a reason); its id. */
export async function newClient(t: TestApp, token: string, { status = 'INTAKE', region, ...details }: ClientSpec = {}): Promise<string> {
  const input = { ...details, status: status === 'INQUIRY' ? 'INQUIRY' : 'INTAKE', address: region ? { region } : undefined };
  const { id, version } = await takeIn(t, token, input);
  if (status === 'ACTIVE') await ok(t.gql(CHANGE_CLIENT_STATUS, { input: { clientId: id, version, status } }, { token }));
  if (status === 'CLOSED') await ok(t.gql(CHANGE_CLIENT_STATUS, { input: { clientId: id, version, status, reason: 'Never started services' } }, { token }));
  return id;
}

/** An admin's new program with the given eligibility rules; its id. */
export async function newProgram(t: TestApp, adminToken: string, eligibility: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<string> {
  const code = `P${randomUUID().slice(0, 8).toUpperCase()}`;
  const program = await ok(t.gql(CREATE_PROGRAM, { input: { code, name: `Program ${code}`, rules: { eligibility }, ...extra } }, { token: adminToken }));
  return program.id;
}

/**
 * Puts the client on the case manager's caseload as an admin would: enrolled in a program (a
 * new one unless given) with them as primary case manager. The enrollment's id.
 */
export async function onCaseload(t: TestApp, adminToken: string, clientId: string, caseManagerId: string, programId?: string): Promise<string> {
  const input = { clientId, programId: programId ?? (await newProgram(t, adminToken)), openedOn: daysFromToday(0), primaryCaseManagerId: caseManagerId, reason: 'Referral' };
  return (await ok(t.gql(ENROLL, { input }, { token: adminToken }))).id;
}

/** An active client, taken in by the holder of `adminToken`, on the caseload of each case manager given. */
export async function clientOnCaseload(t: TestApp, adminToken: string, ...caseManagers: Worker[]): Promise<string> {
  const clientId = await newClient(t, adminToken, { status: 'ACTIVE' });
  for (const caseManager of caseManagers) await onCaseload(t, adminToken, clientId, caseManager.id);
  return clientId;
}

/** The audit rows about one entity, oldest first. */
export function auditRowsOf(t: TestApp, entityId: string) {
  return t.db.query(`SELECT action, entity_type, actor_id, client_id, changes, reason FROM audit_event WHERE entity_id = $1 ORDER BY id`, [entityId]);
}

/** An instant `hours` ago, as the API speaks it. */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/** An instant `days` (or a part of one) ago, as the API speaks it. */
export const daysAgo = (days: number) => hoursAgo(days * 24);

/** A 'YYYY-MM-DD' date `days` from today (UTC). */
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A birth date that makes someone `years` old today (1 January has always passed). */
export const bornYearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;
