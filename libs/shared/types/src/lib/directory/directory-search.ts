/** How directory results are ordered. DISTANCE needs a point to measure from. */
export const DirectorySort = {
  RELEVANCE: 'RELEVANCE',
  DISTANCE: 'DISTANCE',
  NAME: 'NAME',
} as const;
export type DirectorySort = (typeof DirectorySort)[keyof typeof DirectorySort];
export const DIRECTORY_SORTS = Object.values(DirectorySort);

export const DIRECTORY_SEARCH_TEXT_MAX_LENGTH = 200;
export const DIRECTORY_PAGE_SIZE_DEFAULT = 20;
/** The farthest a distance filter reaches, in kilometres. */
export const DIRECTORY_RADIUS_MAX_KM = 500;
export const DIRECTORY_TAXONOMY_FILTER_MAX = 20;

/** Field limits shared by the directory's forms, its inputs and the HSDS import. */
export const DIRECTORY_NAME_MAX_LENGTH = 300;
export const DIRECTORY_DESCRIPTION_MAX_LENGTH = 10_000;
export const DIRECTORY_SHORT_TEXT_MAX_LENGTH = 1000;
export const DIRECTORY_AGE_MAX = 130;
