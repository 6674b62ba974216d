import { Role } from '../role';

/** How long the reason for opening a record in an emergency ("break-the-glass") may be. */
export const BREAK_GLASS_REASON_MAX_LENGTH = 500;

/** How long emergency access lasts unless BREAK_GLASS_MINUTES says otherwise. */
export const BREAK_GLASS_MINUTES_DEFAULT = 60;

/** Those who can be refused a client's record (off the caseload, past intake), and so may break the glass. */
export const BREAK_GLASS_ROLES: readonly Role[] = [Role.CASE_MANAGER, Role.INTAKE];
