import { AssessmentStatus } from '@waymark/shared/types';
import type { AssessmentListFieldsFragment } from '@waymark/web/core';

type Listed = Pick<AssessmentListFieldsFragment, 'id' | 'status' | 'correctsId'> & { instrument: Pick<AssessmentListFieldsFragment['instrument'], 'code'> };

/**
 * Whether a completed assessment has something to be compared with: the one it corrects, or
 * an earlier completed one of the same instrument on the client's (newest first) list.
 */
export function hasEarlier(list: readonly Listed[], assessment: Listed): boolean {
  if (assessment.status === AssessmentStatus.IN_PROGRESS) return false;
  if (assessment.correctsId) return true;
  const later = list.slice(list.findIndex((other) => other.id === assessment.id) + 1);
  return later.some((other) => other.instrument.code === assessment.instrument.code && other.status === AssessmentStatus.COMPLETED);
}
