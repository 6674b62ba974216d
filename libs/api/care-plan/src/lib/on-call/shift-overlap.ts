import { DomainError } from '@waymark/api/common';
import { ErrorCode, ErrorReason, type OnCallTier } from '@waymark/shared/types';

/** The exclusion constraint that keeps two shifts of one tier apart (migration 060). */
export const NO_OVERLAP_CONSTRAINT = 'on_call_shift_no_overlap';

/** Whether a failed write broke the no-overlap exclusion constraint (PostgreSQL 23P01). */
export function isShiftOverlap(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driverError?.code === '23P01' && driverError.constraint === NO_OVERLAP_CONSTRAINT;
}

export interface ClashingShift {
  id: string;
  tier: OnCallTier;
  startsAt: Date;
  endsAt: Date;
  staffName: string;
}

/** A shift that would share its tier's time with another: names that one, so the form can show whom it clashes with. */
export class ShiftOverlapError extends DomainError {
  constructor(clash: ClashingShift) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `${clash.staffName} is already on call (${clash.tier}) from ${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}; two ${clash.tier} shifts cannot overlap.`,
      {
        reason: ErrorReason.OVERLAP,
        fields: [{ field: 'startsAt', message: 'overlaps another shift of the same tier' }],
        overlappingId: clash.id,
        overlapping: { id: clash.id, tier: clash.tier, startsAt: clash.startsAt.toISOString(), endsAt: clash.endsAt.toISOString(), staffName: clash.staffName },
      },
    );
  }
}
