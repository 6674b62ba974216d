import { Role } from '../role';

/** The roles that take clients in and keep their records; which clients each may touch is decided per client. */
export const CLIENT_WRITER_ROLES: readonly Role[] = [Role.INTAKE, Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN];

/** The roles that carry a case on once a client is taken in: they move enrollments along and close them; intake does not. */
export const CASE_WORK_ROLES: readonly Role[] = [Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN];

/** The roles that sign off incident reports (and see the queue of those awaiting review). */
export const INCIDENT_REVIEWER_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];
