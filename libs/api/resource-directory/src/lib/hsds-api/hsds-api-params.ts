import { BadInputError, type FieldProblem, isUuid } from '@waymark/api/common';
import { DIRECTORY_SEARCH_TEXT_MAX_LENGTH, HSDS_API_PAGE_MAX, HSDS_API_PER_PAGE_DEFAULT, HSDS_API_PER_PAGE_MAX } from '@waymark/shared/types';

/** What a list request of the HSDS API asks for, read from its query string. */
export interface HsdsListQuery {
  page: number;
  perPage: number;
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  parentId?: string;
  /** An ISO 8601 instant: entries changed on or after it. */
  modifiedAfter?: string;
  full: boolean;
  fullService: boolean;
  topOnly: boolean;
}

/** The query parameters of the HSDS 3.0 OpenAPI, each endpoint's own. */
export const HSDS_PARAMS = {
  services: ['search', 'page', 'per_page', 'format', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full'],
  organizations: ['search', 'full_service', 'full', 'taxonomy_term_id', 'taxonomy_id', 'page', 'per_page', 'format'],
  organization: ['full_service'],
  serviceAtLocations: ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full', 'page', 'per_page', 'format', 'postcode', 'proximity'],
  taxonomies: ['search', 'page', 'per_page', 'format'],
  taxonomyTerms: ['search', 'page', 'per_page', 'format', 'taxonomy_id', 'top_only', 'parent_id'],
  none: [],
} as const;

/**
 * Parameters the specification names that Waymark does not serve: asked for, they are refused
 * rather than ignored, so a reader never takes an unfiltered answer for a filtered one.
 * (`minimal=false` and `format=json` are the defaults, and pass.)
 */
const UNSUPPORTED: Record<string, string> = {
  postcode: 'postcode search is not supported: filter by organization or taxonomy term instead',
  proximity: 'proximity search is not supported: use the GraphQL directorySearch for distance',
  minimal: 'minimal=true is not supported: ask for a page of services (per_page) instead',
  format: 'only format=json is served (ndjson is not supported)',
};
const DEFAULTS: Record<string, string> = { minimal: 'false', format: 'json' };

/**
 * Reads an HSDS list request's query string for the parameters `allowed`. Anything else — an
 * unknown parameter, a parameter given twice, a page out of range, an id that is no UUID, a
 * date that is no date — is BAD_USER_INPUT naming each parameter, and nothing is read.
 */
export function readHsdsQuery(raw: Record<string, unknown>, allowed: readonly string[]): HsdsListQuery {
  const problems: FieldProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  const text = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return void report(name, `${name} is given more than once`);
    return value;
  };
  for (const name of Object.keys(raw)) {
    if (!allowed.includes(name)) report(name, `${name} is not a parameter of this endpoint`);
    else if (UNSUPPORTED[name] && text(name) !== undefined && text(name) !== DEFAULTS[name]) report(name, UNSUPPORTED[name]);
  }
  const whole = (name: string, fallback: number, max: number): number => {
    const value = text(name);
    if (value === undefined || !allowed.includes(name)) return fallback;
    if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max) report(name, `${name} must be a whole number from 1 to ${max}`);
    return Number(value);
  };
  const flag = (name: string): boolean => {
    const value = text(name);
    if (value === undefined || !allowed.includes(name)) return false;
    if (value !== 'true' && value !== 'false') report(name, `${name} must be true or false`);
    return value === 'true';
  };
  const id = (name: string): string | undefined => {
    const value = text(name);
    if (value === undefined || !allowed.includes(name)) return undefined;
    if (!isUuid(value)) report(name, `${name} must be a UUID`);
    return value.toLowerCase();
  };
  const search = allowed.includes('search') ? text('search')?.trim() : undefined;
  if (search !== undefined && search.length > DIRECTORY_SEARCH_TEXT_MAX_LENGTH) report('search', `search must be at most ${DIRECTORY_SEARCH_TEXT_MAX_LENGTH} characters`);
  const modifiedAfter = allowed.includes('modified_after') ? instant(text('modified_after'), report) : undefined;

  const query: HsdsListQuery = {
    page: whole('page', 1, HSDS_API_PAGE_MAX),
    perPage: whole('per_page', HSDS_API_PER_PAGE_DEFAULT, HSDS_API_PER_PAGE_MAX),
    search: search || undefined,
    taxonomyTermId: id('taxonomy_term_id'),
    taxonomyId: id('taxonomy_id'),
    organizationId: id('organization_id'),
    parentId: id('parent_id'),
    modifiedAfter,
    full: flag('full'),
    fullService: flag('full_service'),
    topOnly: flag('top_only'),
  };
  if (problems.length) {
    // A parameter given twice is found by each reading of it: name it once.
    const once = problems.filter((problem, i) => problems.findIndex((other) => other.field === problem.field && other.message === problem.message) === i);
    throw new BadInputError(once.map((problem) => problem.message).join('; '), once);
  }
  return query;
}

/** An ISO 8601 date or instant (a date alone is its midnight UTC), as the instant it names. */
function instant(value: string | undefined, report: (field: string, message: string) => void): string | undefined {
  if (value === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : null;
  if (!at || Number.isNaN(at.getTime())) return void report('modified_after', 'modified_after must be an ISO 8601 date or date-time, e.g. 2026-01-31T00:00:00Z');
  return at.toISOString();
}
