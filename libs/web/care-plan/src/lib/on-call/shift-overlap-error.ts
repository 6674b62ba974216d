import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorReason } from '@waymark/shared/types';

/** The shift a refused one overlaps, as the API names it (`extensions.overlapping`). */
export interface OverlappingShift {
  id: string;
  tier: string;
  startsAt: string;
  endsAt: string;
  staffName: string;
}

/** The shift in the way, when the API refused a shift for overlapping one of its tier; otherwise null. */
export function overlappingShift(error: unknown): OverlappingShift | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.['reason'] !== ErrorReason.OVERLAP) return null;
  const overlapping = extensions['overlapping'] as OverlappingShift | undefined;
  return overlapping && typeof overlapping.staffName === 'string' ? overlapping : null;
}
