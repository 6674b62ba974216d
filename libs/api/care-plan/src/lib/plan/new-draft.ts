import { CarePlanStatus } from '@waymark/shared/types';
import type { CarePlanEntity } from './entities/care-plan.entity';

/**
 * What every new plan starts as, whether a first plan or a revision: a draft nobody has yet
 * submitted, approved, returned, acknowledged or closed.
 */
export const NEW_DRAFT = {
  status: CarePlanStatus.DRAFT,
  submittedAt: null,
  submittedBy: null,
  approvedBy: null,
  approvedAt: null,
  returnNote: null,
  acknowledgedOn: null,
  acknowledgementMethod: null,
  acknowledgedBy: null,
  acknowledgementNote: null,
  closedAt: null,
  closeReason: null,
} as const satisfies Partial<CarePlanEntity>;
