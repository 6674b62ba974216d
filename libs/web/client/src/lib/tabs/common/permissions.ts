import { CASELOAD_ROLES, Role } from '@waymark/shared/types';
import { useSessionState } from '@waymark/web/core';

/** What the signed-in person may do on a client's record; the API decides, the tabs only hide what it would refuse. */
export function useRecordPermissions(): { userId: string | null; canWrite: boolean; isSupervisor: boolean; carriesCaseload: boolean } {
  const { user } = useSessionState();
  const role = user?.role;
  return {
    userId: user?.id ?? null,
    // Auditors read only.
    canWrite: !!role && role !== Role.AUDITOR,
    isSupervisor: role === Role.SUPERVISOR || role === Role.ADMIN,
    // Who may be a primary case manager (a case manager may name themselves when enrolling).
    carriesCaseload: !!role && CASELOAD_ROLES.includes(role),
  };
}
