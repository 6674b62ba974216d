/**
 * An assessment is saved as it goes (IN_PROGRESS), locked when completed, and never edited
 * after: a correction is a new version of it, and completing that one SUPERSEDES the first.
 */
export const AssessmentStatus = {
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  SUPERSEDED: 'SUPERSEDED',
} as const;
export type AssessmentStatus = (typeof AssessmentStatus)[keyof typeof AssessmentStatus];
export const ASSESSMENT_STATUSES = Object.values(AssessmentStatus);
