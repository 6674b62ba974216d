/**
 * A client's place in the agency's services. The API refuses any move not listed in
 * CLIENT_STATUS_TRANSITIONS and the SPA offers only the listed ones, so both read this table.
 */
export const ClientStatus = {
  INQUIRY: 'INQUIRY',
  INTAKE: 'INTAKE',
  ACTIVE: 'ACTIVE',
  ON_HOLD: 'ON_HOLD',
  DISCHARGED: 'DISCHARGED',
  CLOSED: 'CLOSED',
} as const;
export type ClientStatus = (typeof ClientStatus)[keyof typeof ClientStatus];
export const CLIENT_STATUSES = Object.values(ClientStatus);

export const CLIENT_STATUS_TRANSITIONS: Readonly<Record<ClientStatus, readonly ClientStatus[]>> = {
  INQUIRY: ['INTAKE', 'CLOSED'],
  INTAKE: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['ON_HOLD', 'DISCHARGED'],
  ON_HOLD: ['ACTIVE', 'DISCHARGED'],
  DISCHARGED: ['CLOSED', 'INTAKE'],
  // Re-entry: a closed case reopens at intake, where eligibility is screened again.
  CLOSED: ['INTAKE'],
};

export function canChangeClientStatus(from: ClientStatus, to: ClientStatus): boolean {
  return CLIENT_STATUS_TRANSITIONS[from].includes(to);
}

/** A move back into services after discharge or closure. */
export function isReopening(from: ClientStatus, to: ClientStatus): boolean {
  return (from === 'DISCHARGED' || from === 'CLOSED') && to === 'INTAKE';
}
