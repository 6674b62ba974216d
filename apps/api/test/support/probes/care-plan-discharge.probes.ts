/** One unauthenticated call per operation of discharge planning, for the policy spec. */
export const probes: Record<string, string> = {
  dischargePlan: '{ dischargePlan(enrollmentId: "00000000-0000-0000-0000-000000000000") { id } }',
  saveDischargePlan: 'mutation { saveDischargePlan(input: { enrollmentId: "00000000-0000-0000-0000-000000000000", plannedOn: "2025-01-01", reason: "r" }) { id } }',
  closureCheck: '{ closureCheck(enrollmentId: "00000000-0000-0000-0000-000000000000") { id } }',
};
