import { type Operation, pick } from './operation';

/**
 * The sender records that a provider off Waymark received a referral (SENT → RECEIVED). Each
 * request takes its own referral from the run's slice of the pool; the supervisor moves them,
 * since a case manager's caseload holds too few for a run.
 */
export const moveReferral: Operation = {
  id: 'move-referral',
  caller: 'supervisor',
  document: `mutation BenchMoveReferral($input: MoveReferralInput!) {
  moveReferral(input: $input) { id status version }
}`,
  variables: (fixtures, i) => {
    const { id, version } = pick(fixtures.sentReferrals, i);
    return { input: { id, to: 'RECEIVED', version } };
  },
  consumesReferrals: true,
};
