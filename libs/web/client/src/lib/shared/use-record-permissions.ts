import { createContext, useContext } from 'react';
import { CASE_WORK_ROLES } from '@waymark/shared/types';
import { useSessionState } from '@waymark/web/core';
import { carriesCaseload, mayChangeClients, supervises } from './roles';

/**
 * Whether the API lets the caller change the client on screen (Client.mayChange), which the
 * role alone does not tell: a case manager who gave a reason to open a client may only read it.
 * The profile provides it; without it the role decides.
 */
export const RecordChangeable = createContext(true);

/** What the signed-in person may do on a client's record; the API decides, the SPA only hides what it would refuse. */
export function useRecordPermissions(): {
  userId: string | null;
  canWrite: boolean;
  /** Their role changes records, but this one they may only read. */
  openedForReading: boolean;
  isSupervisor: boolean;
  carriesCaseload: boolean;
  movesEnrollments: boolean;
} {
  const { user } = useSessionState();
  const changeable = useContext(RecordChangeable);
  const role = user?.role;
  const roleChanges = mayChangeClients(role);
  return {
    userId: user?.id ?? null,
    canWrite: roleChanges && changeable,
    openedForReading: roleChanges && !changeable,
    isSupervisor: supervises(role),
    carriesCaseload: carriesCaseload(role),
    movesEnrollments: !!role && CASE_WORK_ROLES.includes(role),
  };
}
