import { Role } from '@waymark/shared/types';

/** Who takes new clients in (the API's createClient allows the same roles). */
export const CLIENT_CREATOR_ROLES: readonly Role[] = [Role.INTAKE, Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN];

export function mayCreateClients(role: Role | null | undefined): boolean {
  return !!role && CLIENT_CREATOR_ROLES.includes(role);
}

/** Auditors read records; everyone else who may open a client may also change it. */
export function mayChangeClients(role: Role | null | undefined): boolean {
  return !!role && role !== Role.AUDITOR;
}

/** Who folds a duplicate record into the one that lives on (the API's mergeClients allows the same). */
export function mayMergeClients(role: Role | null | undefined): boolean {
  return role === Role.SUPERVISOR || role === Role.ADMIN;
}
