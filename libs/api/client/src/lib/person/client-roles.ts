import { Role } from '@waymark/shared/types';

/** Roles that take clients in and keep their records; which client each may touch is ClientAccess's call. */
export const CLIENT_WRITERS = [Role.INTAKE, Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN];
