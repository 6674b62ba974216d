import { TASK_CARRIER_ROLES, WORKLIST_OVERSEER_ROLES, type Role } from '@waymark/shared/types';

/** Supervisors and admins see everyone's tasks, assign and reassign them, and see who is behind (as the API allows). */
export function overseesWork(role: Role | null | undefined): boolean {
  return !!role && WORKLIST_OVERSEER_ROLES.includes(role);
}

/** Everyone but an auditor carries tasks: has a worklist, creates tasks and works them. */
export function carriesTasks(role: Role | null | undefined): boolean {
  return !!role && TASK_CARRIER_ROLES.includes(role);
}
