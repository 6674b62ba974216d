import { SetMetadata } from '@nestjs/common';
import { ANY_ROLE, type Role } from '@waymark/shared/types';

export const POLICY_KEY = 'waymark:policy';

export type PolicyMetadata =
  | { public: true }
  | { public: false; roles: readonly Role[]; duringPasswordChange?: boolean };

/**
 * Declares who may call an operation. Every Query and Mutation field needs one: the guard
 * refuses operations without it, and a test walks the schema to keep it so.
 */
export const Allow = (...roles: Role[]) => SetMetadata(POLICY_KEY, { public: false, roles } satisfies PolicyMetadata);

/**
 * Any signed-in user of any role. `duringPasswordChange` also admits a user who must choose
 * a new password first (their profile, the password change itself, sign-out).
 */
export const AllowSignedIn = (options: { duringPasswordChange?: boolean } = {}) =>
  SetMetadata(POLICY_KEY, { public: false, roles: ANY_ROLE, ...options } satisfies PolicyMetadata);

/** No sign-in needed (login, refresh, public settings). */
export const AllowAnonymous = () => SetMetadata(POLICY_KEY, { public: true } satisfies PolicyMetadata);
