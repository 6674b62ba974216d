/**
 * The lines assessments write on a client's timeline (also for the seed): what happened and
 * to which instrument, never an answer or a correction's reason — the assessment holds those.
 */
export const assessmentLine = {
  completed: (instrumentName: string) => `${instrumentName} completed`,
  corrected: (instrumentName: string) => `${instrumentName} corrected`,
};
