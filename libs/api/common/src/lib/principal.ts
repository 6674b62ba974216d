import type { ActorType, ApiScope, Role } from '@waymark/shared/types';

/**
 * Who is calling: resolved from the bearer token once per request. Scheduled work runs as
 * the SYSTEM of one agency (see SystemContext), under SYSTEM_ACTOR_ID: never write that id
 * where a user is meant (created_by columns); `actingUserId` gives null for it.
 */
export interface Principal {
  actorType: typeof ActorType.USER | typeof ActorType.API_CLIENT | typeof ActorType.SYSTEM;
  id: string;
  agencyId: string;
  role: Role;
  /** The login session (refresh-token family) the access token belongs to. */
  sessionId: string;
  /** Until they choose a new password, a user may only do that (and sign out). */
  mustChangePassword: boolean;
  /**
   * Set while the caller acts in another agency's scope (a receiving agency's step taken in
   * the sending agency's records, see the referral context's SenderScope): the caller's own
   * agency. Their role is their own agency's, so such a principal opens none of the other
   * agency's clients by the client access rules.
   */
  onBehalfOfAgencyId?: string;
  /** An API client's scopes (its `id` is the client's, `role` ADMIN: see ApiClientAuthenticator). */
  scopes?: readonly ApiScope[];
}

/** The id scheduled work acts under; it names no user. */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The signed-in user or API client, or null for scheduled work: what `created_by`-style columns
 * take. An API client has a companion `app_user` row under its own id (never able to sign in),
 * so its writes reference it like a user's.
 */
export function actingUserId(principal: Principal): string | null {
  return principal.actorType === 'SYSTEM' ? null : principal.id;
}

/**
 * The worker the caller is, for work that falls to "whoever acts" (a task written without an
 * assignee, a refresher for a client with no worker): a signed-in user, or null. An API
 * client's companion user is inactive and no one's worker, and scheduled work is no one's, so
 * such work goes to the supervisors' queue (a null assignee) instead.
 */
export function workerIdOf(principal: Principal): string | null {
  return principal.actorType === 'USER' ? principal.id : null;
}
