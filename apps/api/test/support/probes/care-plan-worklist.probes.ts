/** One unauthenticated call per operation on the worklist, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  myTasks: '{ myTasks { totalCount } }',
  tasks: '{ tasks { totalCount } }',
  clientTasks: `{ clientTasks(clientId: "${ID}") { id } }`,
  workSummary: '{ workSummary { overdue } }',
  overdueByWorker: '{ overdueByWorker { overdue } }',
  createTask: 'mutation { createTask(input: { title: "T", dueOn: "2027-01-01" }) { id } }',
  updateTask: `mutation { updateTask(input: { taskId: "${ID}", version: 1, title: "T" }) { id } }`,
  completeTask: `mutation { completeTask(input: { taskId: "${ID}", version: 1 }) { id } }`,
  cancelTask: `mutation { cancelTask(input: { taskId: "${ID}", version: 1, reason: "r" }) { id } }`,
  reassignTask: `mutation { reassignTask(input: { taskId: "${ID}", version: 1, assigneeId: "${ID}" }) { id } }`,
  recordPersonDirectedPlan: `mutation { recordPersonDirectedPlan(input: { enrollmentId: "${ID}", receivedOn: "2027-01-01" }) { id } }`,
};
