/**
 * Progress on a goal or objective, rated on one scale across the agency so it charts over
 * time: 1 lost ground, 2 no progress, 3 some progress, 4 good progress, 5 achieved.
 * Ratings of 1 and 2 are the "lack of progress" a plan review looks for.
 */
export const PROGRESS_RATING_MIN = 1;
export const PROGRESS_RATING_MAX = 5;
export const PROGRESS_RATINGS = [1, 2, 3, 4, 5] as const;
export type ProgressRating = (typeof PROGRESS_RATINGS)[number];

export function isLackOfProgress(rating: number): boolean {
  return rating <= 2;
}
