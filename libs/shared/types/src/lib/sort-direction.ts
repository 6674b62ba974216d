/** Which way a list's `orderBy` field runs: the one direction enum every connection shares. */
export const SortDirection = {
  ASC: 'ASC',
  DESC: 'DESC',
} as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
