/** One unauthenticated call per operation of the referral core, for the policy spec. */
const id = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  referral: `{ referral(id: "${id}") { id } }`,
  referrals: '{ referrals(filter: { box: SENT }) { pageInfo { hasNextPage } } }',
  referralStatusCounts: '{ referralStatusCounts(box: RECEIVED) { status count } }',
  createReferral: `mutation { createReferral(input: { clientId: "${id}", enrollmentId: "${id}", serviceId: "${id}", reason: "r" }) { id } }`,
  updateReferral: `mutation { updateReferral(input: { id: "${id}", version: 1, serviceId: "${id}", reason: "r" }) { id } }`,
  moveReferral: `mutation { moveReferral(input: { id: "${id}", version: 1, to: SENT }) { id } }`,
};
