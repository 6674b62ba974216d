import { SetMetadata } from '@nestjs/common';
import { ANY_ROLE, type ApiScopeContext, type Role } from '@waymark/shared/types';

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
 * a new password first (their profile, the password change itself, sign-out). API clients
 * are admitted too (as ADMIN, within their scopes) unless the operation is also `@PersonOnly()`.
 */
export const AllowSignedIn = (options: { duringPasswordChange?: boolean } = {}) =>
  SetMetadata(POLICY_KEY, { public: false, roles: ANY_ROLE, ...options } satisfies PolicyMetadata);

export const PERSON_ONLY_KEY = 'waymark:person-only';

/**
 * Only a signed-in person may do this, never an API client whatever its scopes: what a
 * person answers for (break-the-glass, signing, approving) or what hands out credentials.
 */
export const PersonOnly = () => SetMetadata(PERSON_ONLY_KEY, true);

export const SCOPE_CONTEXT_KEY = 'waymark:scope-context';

/**
 * The context whose scopes admit API clients to these operations, where the Nest module
 * that declares them does not say it (see OperationScopes in the identity context).
 */
export const ScopeContext = (context: ApiScopeContext) => SetMetadata(SCOPE_CONTEXT_KEY, context);

/** No sign-in needed (login, refresh, public settings). */
export const AllowAnonymous = () => SetMetadata(POLICY_KEY, { public: true } satisfies PolicyMetadata);
