import { type Operation, pick, SINGLE_RATIO } from './operation';

/** The single-record read: one client of the case manager's caseload, with its case manager. */
export const clientRead: Operation = {
  id: 'client-read',
  caller: 'caseManager',
  document: `query BenchClientRead($id: ID!) {
  client(id: $id) { id clientNumber displayName dateOfBirth status riskLevel version flags primaryCaseManager { id displayName } }
}`,
  variables: (fixtures, i) => ({ id: pick(fixtures.caseloadClientIds, i) }),
  minRatio: SINGLE_RATIO,
};
