import { CASE_WORK_ROLES } from '@waymark/shared/types';
import { useSessionState } from '@waymark/web/core';
import { carriesCaseload, mayChangeClients, supervises } from './roles';

/** What the signed-in person may do on a client's record; the API decides, the SPA only hides what it would refuse. */
export function useRecordPermissions(): { userId: string | null; canWrite: boolean; isSupervisor: boolean; carriesCaseload: boolean; movesEnrollments: boolean } {
  const { user } = useSessionState();
  const role = user?.role;
  return {
    userId: user?.id ?? null,
    canWrite: mayChangeClients(role),
    isSupervisor: supervises(role),
    carriesCaseload: carriesCaseload(role),
    movesEnrollments: !!role && CASE_WORK_ROLES.includes(role),
  };
}
