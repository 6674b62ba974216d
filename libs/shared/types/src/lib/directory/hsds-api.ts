/** The HSDS version the directory's REST API (`/hsds`) serves. */
export const HSDS_API_VERSION = '3.0';
/** Entries on a page of the HSDS API when `per_page` is not given. */
export const HSDS_API_PER_PAGE_DEFAULT = 50;
/** The most entries one page may hold: a fully nested page of services is large, and a feed reader pages on. */
export const HSDS_API_PER_PAGE_MAX = 200;
/** The highest page number asked for (beyond it the offset alone would scan the table for nothing). */
export const HSDS_API_PAGE_MAX = 100_000;
/**
 * How deep an anonymous reader of the public feed may page (`page × per_page`): a deep OFFSET
 * costs the database a scan of everything before it, and anyone may ask. Keyed readers page on.
 */
export const HSDS_API_ANONYMOUS_DEPTH_MAX = 10_000;
