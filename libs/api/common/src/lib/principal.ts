import type { ActorType, Role } from '@waymark/shared/types';

/** Who is calling: resolved from the bearer token once per request. */
export interface Principal {
  actorType: typeof ActorType.USER | typeof ActorType.API_CLIENT;
  id: string;
  agencyId: string;
  role: Role;
  /** The login session (refresh-token family) the access token belongs to. */
  sessionId: string;
  /** Until they choose a new password, a user may only do that (and sign out). */
  mustChangePassword: boolean;
}
