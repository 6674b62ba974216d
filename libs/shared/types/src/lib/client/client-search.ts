/** How a list of clients is ordered. RELEVANCE applies while searching; without a search it falls back to NAME. */
export const ClientSort = {
  RELEVANCE: 'RELEVANCE',
  NAME: 'NAME',
  RECENT: 'RECENT',
} as const;
export type ClientSort = (typeof ClientSort)[keyof typeof ClientSort];
export const CLIENT_SORTS = Object.values(ClientSort);

/** Why an existing client looks like the person being taken in. */
export const DuplicateReason = {
  SIMILAR_NAME: 'SIMILAR_NAME',
  /** First and last name match the other way round. */
  SWAPPED_NAME: 'SWAPPED_NAME',
  SAME_DATE_OF_BIRTH: 'SAME_DATE_OF_BIRTH',
  SAME_PHONE: 'SAME_PHONE',
  SAME_EMAIL: 'SAME_EMAIL',
} as const;
export type DuplicateReason = (typeof DuplicateReason)[keyof typeof DuplicateReason];
export const DUPLICATE_REASONS = Object.values(DuplicateReason);

/** At most this many likely duplicates are shown at intake, best first. */
export const DUPLICATE_CANDIDATES_MAX = 10;
