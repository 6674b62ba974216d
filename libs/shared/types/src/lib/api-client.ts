/**
 * API clients: other systems (a county's EHR, a 211 directory, a funder's tool) calling the
 * API with a key an agency admin created. A key carries scopes, one per context and kind of
 * access; the API checks them per operation and the SPA offers them as checkboxes by context.
 */

/** The contexts an operation belongs to, as an API client's scopes name them. */
export const ApiScopeContext = {
  IDENTITY: 'identity',
  CLIENT: 'client',
  CARE_PLAN: 'care-plan',
  REFERRAL: 'referral',
  DIRECTORY: 'directory',
  AUDIT: 'audit',
} as const;
export type ApiScopeContext = (typeof ApiScopeContext)[keyof typeof ApiScopeContext];

/** What an operation does: a Query (or a GET) reads, a Mutation (or any other method) writes. */
export type ApiAccess = 'read' | 'write';

/**
 * Every scope a key may carry. `identity` and `audit` are read-only: managing users and keys
 * hands out credentials, which only a person may do, and the trail is written by the API itself.
 */
export const API_SCOPES = [
  'identity:read',
  'client:read',
  'client:write',
  'care-plan:read',
  'care-plan:write',
  'referral:read',
  'referral:write',
  'directory:read',
  'directory:write',
  'audit:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === 'string' && (API_SCOPES as readonly string[]).includes(value);
}

/** Whether `scopes` admit `access` to `context`. Write implies read: a key that may change referrals may also see them. */
export function scopesAllow(scopes: readonly string[], context: ApiScopeContext, access: ApiAccess): boolean {
  return scopes.includes(`${context}:write`) || (access === 'read' && scopes.includes(`${context}:read`));
}

/** The scopes of one context, for the SPA's checkboxes. */
export function scopesOf(context: ApiScopeContext): ApiScope[] {
  return API_SCOPES.filter((scope) => scope.startsWith(`${context}:`));
}

export const API_CLIENT_NAME_MAX_LENGTH = 100;
/** The longest a key may live: integrators must rotate at least every two years. */
export const API_CLIENT_MAX_LIFETIME_DAYS = 730;
export const API_CLIENT_ALLOWED_CIDRS_MAX = 50;
/** Operations one API client may make per minute (each of a batch counts) unless API_CLIENT_RATE_LIMIT says otherwise. */
export const API_CLIENT_RATE_LIMIT_DEFAULT = 600;
/** Every key starts with this, so a leaked one is recognised by secret scanners and the API tells it from a session token. */
export const API_TOKEN_PREFIX = 'wmk_';
