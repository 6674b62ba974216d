import { useTranslation } from 'react-i18next';
import { TaskKind } from '@waymark/shared/types';
import type { TaskItem } from './task-item';

type Titled = Pick<TaskItem, 'kind' | 'title' | 'generated' | 'programName' | 'instrumentName' | 'referralLabel' | 'client'>;

/** Generated kinds whose title the API's facts (program, instrument) fully make up. */
const WORDED = [
  TaskKind.ASSESSMENT_DUE,
  TaskKind.PLAN_DUE,
  TaskKind.IMPLEMENTATION_PLAN_DUE,
  TaskKind.PLAN_REVIEW,
  TaskKind.PLAN_APPROVAL,
  TaskKind.QUARTERLY_MONITORING,
  TaskKind.FOLLOW_UP,
] as const;
type Worded = (typeof WORDED)[number];
const isWorded = (kind: TaskKind): kind is Worded => (WORDED as readonly TaskKind[]).includes(kind);

/** Generated kinds whose title names whom the referral went to (the API's referralLabel). */
const REFERRAL_FOLLOW_UPS = [TaskKind.REFERRAL_NO_ANSWER, TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP] as const;
type ReferralFollowUp = (typeof REFERRAL_FOLLOW_UPS)[number];
const isReferralFollowUp = (kind: TaskKind): kind is ReferralFollowUp => (REFERRAL_FOLLOW_UPS as readonly TaskKind[]).includes(kind);

/**
 * A task's title in the reader's language. The API stores a generated task's title in English;
 * it is worded again here from the facts it is made of (the program, a renewal's instrument,
 * whom a referral went to, the client whose record was opened in an emergency).
 * A task someone wrote keeps their words, as does a visit (its title names the program's visit
 * kind and interval, which the API does not send yet) and any task whose facts did not come.
 */
export function useTaskTitle(): (task: Titled) => string {
  const { t } = useTranslation('carePlan');
  return (task) => {
    if (task.generated && task.kind === TaskKind.EMERGENCY_ACCESS_REVIEW && task.client) {
      return t('worklist.generatedTitle.EMERGENCY_ACCESS_REVIEW', { client: task.client.clientNumber });
    }
    if (task.generated && isReferralFollowUp(task.kind) && task.referralLabel) {
      return t(`worklist.generatedTitle.${task.kind}`, { provider: task.referralLabel });
    }
    if (!task.generated || !isWorded(task.kind) || !task.programName) return task.title;
    const program = task.programName;
    if (task.kind === TaskKind.ASSESSMENT_DUE) {
      return task.instrumentName ? t('worklist.generatedTitle.renewal', { instrument: task.instrumentName }) : t('worklist.generatedTitle.ASSESSMENT_DUE', { program });
    }
    return t(`worklist.generatedTitle.${task.kind}`, { program });
  };
}
