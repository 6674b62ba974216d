import { CASELOAD_ROLES, CLIENT_WRITER_ROLES, INCIDENT_REVIEWER_ROLES, Role } from '@waymark/shared/types';

/** Who takes new clients in: the roles the API's createClient allows. */
export const CLIENT_CREATOR_ROLES = CLIENT_WRITER_ROLES;

export function mayCreateClients(role: Role | null | undefined): boolean {
  return !!role && CLIENT_CREATOR_ROLES.includes(role);
}

/** Auditors read records; everyone else who may open a client may also change it. */
export function mayChangeClients(role: Role | null | undefined): boolean {
  return !!role && role !== Role.AUDITOR;
}

/** Who signs off incident reports: the roles the API's incidentsAwaitingReview allows. */
export const REVIEWER_ROLES = INCIDENT_REVIEWER_ROLES;

/** Supervisors and admins see every worker's caseload, assign cases, sign off incidents and merge records (as the API allows). */
export function supervises(role: Role | null | undefined): boolean {
  return role === Role.SUPERVISOR || role === Role.ADMIN;
}

/** Who may be a primary case manager (a case manager may name themselves when enrolling). */
export function carriesCaseload(role: Role | null | undefined): boolean {
  return !!role && CASELOAD_ROLES.includes(role);
}
