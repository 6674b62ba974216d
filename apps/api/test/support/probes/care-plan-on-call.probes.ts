/** One unauthenticated call per operation of on-call work, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';
const SHIFT = `staffId: "${ID}", tier: PRIMARY, startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-01-02T00:00:00Z"`;

export const probes: Record<string, string> = {
  onCallNow: '{ onCallNow { at } }',
  onCallRoster: '{ onCallRoster(from: "2030-01-01T00:00:00Z", to: "2030-01-08T00:00:00Z") { id } }',
  onCallCandidates: '{ onCallCandidates { id } }',
  createOnCallShift: `mutation { createOnCallShift(input: { ${SHIFT} }) { id } }`,
  updateOnCallShift: `mutation { updateOnCallShift(input: { shiftId: "${ID}", version: 1, ${SHIFT} }) { id } }`,
  removeOnCallShift: `mutation { removeOnCallShift(input: { shiftId: "${ID}", version: 1 }) }`,
  emergencyCalls: '{ emergencyCalls { totalCount } }',
  emergencyCall: `{ emergencyCall(id: "${ID}") { id } }`,
  logEmergencyCall: `mutation { logEmergencyCall(input: { receivedAt: "2025-01-01T00:00:00Z", callerName: "c", callerRelation: FAMILY, whatHappened: "w", actionTaken: "a", severity: LOW, followUpNeeded: false }) { id } }`,
  recordCallFollowUp: `mutation { recordCallFollowUp(input: { callId: "${ID}", version: 1, note: "n" }) { id } }`,
};
