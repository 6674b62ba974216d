import { Role } from '../role';

/** What a worker does on a client's team, beside the primary case manager. */
export const TeamRole = {
  BACKUP_CASE_MANAGER: 'BACKUP_CASE_MANAGER',
  NURSE: 'NURSE',
  THERAPIST: 'THERAPIST',
  SPECIALIST: 'SPECIALIST',
  SUPERVISOR: 'SUPERVISOR',
  OTHER: 'OTHER',
} as const;
export type TeamRole = (typeof TeamRole)[keyof typeof TeamRole];
export const TEAM_ROLES = Object.values(TeamRole);

/** The roles that carry a caseload: who may be a primary case manager or on a team. */
export const CASELOAD_ROLES: readonly Role[] = [Role.CASE_MANAGER, Role.SUPERVISOR];

/** The most enrollments one bulk reassignment moves: a worker's caseload handed on in a few goes, in one transaction each. */
export const BULK_REASSIGNMENT_MAX = 50;
