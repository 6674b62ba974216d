import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CLOSURE_BLOCKER_KINDS, ErrorReason, type ClosureBlocker, type ClosureBlockerKind } from '@waymark/shared/types';

/**
 * The blockers a refused closure names (`extensions.blockers` of a CLOSURE_BLOCKED error), or
 * null when the error is something else.
 */
export function closureBlockersOf(error: unknown): ClosureBlocker[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  if (extensions['reason'] !== ErrorReason.CLOSURE_BLOCKED || !Array.isArray(extensions['blockers'])) return null;
  return (extensions['blockers'] as unknown[]).flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const { kind, id, description } = item as Record<string, unknown>;
    if (!CLOSURE_BLOCKER_KINDS.includes(kind as ClosureBlockerKind) || typeof id !== 'string') return [];
    return [{ kind: kind as ClosureBlockerKind, id, description: typeof description === 'string' ? description : '' }];
  });
}

/** Where a worker fixes a blocker on the client's record; open tasks are fixed in the wizard itself. */
export function blockerPath(clientId: string, blocker: Pick<ClosureBlocker, 'kind' | 'id'>): string | null {
  switch (blocker.kind) {
    case 'UNSIGNED_NOTE':
      return `/clients/${clientId}/notes?item=${blocker.id}`;
    case 'ACTIVE_PLAN':
    case 'PLAN_IN_PROGRESS':
      return `/clients/${clientId}/care-plan?item=${blocker.id}`;
    case 'OPEN_REFERRAL':
      return `/referrals`;
    case 'OPEN_TASK':
      return null;
  }
}
