import { SortDirection } from '../sort-direction';

/** How a list of clients is ordered. RELEVANCE applies while searching; without a search it falls back to NAME. */
export const ClientSort = {
  RELEVANCE: 'RELEVANCE',
  NAME: 'NAME',
  RECENT: 'RECENT',
} as const;
export type ClientSort = (typeof ClientSort)[keyof typeof ClientSort];
export const CLIENT_SORTS = Object.values(ClientSort);

/** What `clients(orderBy:)` orders by: RELEVANCE to the searched name, NAME (last, then first) or UPDATED_AT (last change). */
export const ClientOrderField = {
  RELEVANCE: 'RELEVANCE',
  NAME: 'NAME',
  UPDATED_AT: 'UPDATED_AT',
} as const;
export type ClientOrderField = (typeof ClientOrderField)[keyof typeof ClientOrderField];

/** Each of the client list's three orders as an `orderBy` (the deprecated `sort` argument means these). */
export const CLIENT_SORT_ORDER: Record<ClientSort, { field: ClientOrderField; direction: SortDirection }> = {
  RELEVANCE: { field: ClientOrderField.RELEVANCE, direction: SortDirection.DESC },
  NAME: { field: ClientOrderField.NAME, direction: SortDirection.ASC },
  RECENT: { field: ClientOrderField.UPDATED_AT, direction: SortDirection.DESC },
};

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
