/**
 * The lines discharge planning writes on a client's timeline (also for the seed): the step
 * and its date, never the reason or the aftercare — the plan holds those.
 */
export const dischargeLine = {
  planned: (programName: string, plannedOn: string) => `${programName}: discharge planned for ${plannedOn}`,
  revised: (programName: string, plannedOn: string) => `${programName}: discharge plan revised, planned for ${plannedOn}`,
};
