/** A user's role within their agency. One role per user. */
export const Role = {
  ADMIN: 'ADMIN',
  SUPERVISOR: 'SUPERVISOR',
  CASE_MANAGER: 'CASE_MANAGER',
  INTAKE: 'INTAKE',
  AUDITOR: 'AUDITOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

/** Everyone who works inside an agency; handy for "any signed-in user" policies. */
export const ANY_ROLE: readonly Role[] = ROLES;
