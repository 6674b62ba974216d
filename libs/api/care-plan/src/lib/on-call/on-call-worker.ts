import { ForbiddenError, type RequestContext } from '@waymark/api/common';
import { ActorType } from '@waymark/shared/types';

/** The signed-in person acting: a roster change and a call are someone's, never an integration's. */
export function onCallUserId(context: RequestContext): string {
  const principal = context.requirePrincipal();
  if (principal.actorType !== ActorType.USER) throw new ForbiddenError('On-call work is done by a signed-in worker, not an integration.');
  return principal.id;
}
