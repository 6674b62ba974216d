import { Role } from '../role';

/** The roles that take clients in and keep their records; which clients each may touch is decided per client. */
export const CLIENT_WRITER_ROLES: readonly Role[] = [Role.INTAKE, Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN];
