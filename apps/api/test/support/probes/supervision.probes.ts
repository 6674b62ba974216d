/** One unauthenticated call per supervision operation, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  taskLoads: '{ taskLoads { open } }',
  reassignEnrollments: `mutation { reassignEnrollments(input: { enrollments: [{ enrollmentId: "${ID}", version: 1 }], caseManagerId: "${ID}", reason: "r" }) { id } }`,
};
