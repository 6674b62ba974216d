/**
 * The lines care plans and progress write on a client's timeline (also for the seed): what
 * happened to which version, never a goal's words, a note or a reason — the plan holds those.
 */
export const carePlanLine = {
  submitted: (revision: number) => `Care plan version ${revision} submitted for approval`,
  approved: (revision: number) => `Care plan version ${revision} approved`,
  returned: (revision: number) => `Care plan version ${revision} returned for changes`,
  revised: (revision: number) => `Care plan version ${revision} started as a revision`,
  closed: (revision: number) => `Care plan version ${revision} closed`,
  acknowledged: (revision: number, method: string) => `Care plan version ${revision} acknowledged by the client (${method === 'SIGNATURE' ? 'signed' : 'verbally'})`,
  progress: (rating: number) => `Progress recorded on a goal (rated ${rating} of 5)`,
};
