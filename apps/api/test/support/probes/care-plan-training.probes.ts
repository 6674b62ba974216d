/** One unauthenticated call per operation of care-team training, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  careTeamTrainings: `{ careTeamTrainings(clientId: "${ID}") { totalCount } }`,
  careTeamTrainingStatus: `{ careTeamTrainingStatus(clientId: "${ID}") { today } }`,
  recordCareTeamTraining: `mutation { recordCareTeamTraining(input: { clientId: "${ID}", topic: DIET, description: "d", trainedOn: "2025-01-01", trainerName: "T", trainees: [{ name: "A", role: FAMILY }] }) { id } }`,
  removeCareTeamTrainee: `mutation { removeCareTeamTrainee(input: { trainingId: "${ID}", version: 1, traineeId: "${ID}", reason: "r" }) { id } }`,
  voidCareTeamTraining: `mutation { voidCareTeamTraining(input: { trainingId: "${ID}", version: 1, reason: "r" }) { id } }`,
};
