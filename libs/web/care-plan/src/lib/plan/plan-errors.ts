import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorReason, GOAL_INTERVENTIONS_MAX, GOAL_OBJECTIVES_MAX, PLAN_GOALS_MAX } from '@waymark/shared/types';
import { type FieldError, getErrorInfo, type ErrorMessageOverrides } from '@waymark/web/core';

/**
 * A plan, or a goal, that already holds as many parts as it may: the API names the field it
 * checked (the plan, the goal, the needs chosen) and says which parts in its message, so the
 * message, not the field, tells this refusal apart from others on the same field.
 */
const LIMITS: Array<[RegExp, string, number]> = [
  [/\bgoals\b/, 'plan.errors.tooManyGoals', PLAN_GOALS_MAX],
  [/\bobjectives\b/, 'plan.errors.tooManyObjectives', GOAL_OBJECTIVES_MAX],
  [/\binterventions\b/, 'plan.errors.tooManyInterventions', GOAL_INTERVENTIONS_MAX],
];
const OVER_LIMIT = /(already|would exceed)/;

/** What the API's refusal of a named field means for a plan, by the field it names and what it says of it. */
const FIELD_WORDS: Array<[RegExp, string, RegExp?]> = [
  [/targetDate$/, 'plan.errors.targetBeforeStart'],
  [/^(input\.)?reviewDueOn$/, 'plan.errors.reviewBeforeStart'],
  [/^(input\.)?enrollmentId$/, 'plan.errors.openPlan'],
  [/^(input\.)?effectiveOn$/, 'plan.errors.startAfterTarget'],
  [/^(input\.)?carePlanId$/, 'plan.errors.revisionInProgress', /revision/],
];

function fieldWords(fields: readonly FieldError[]): string | null {
  const match = FIELD_WORDS.find(([pattern, , said]) => fields.some(({ field, message }) => pattern.test(field) && (!said || said.test(message))));
  return match ? match[1] : null;
}

function limitWords(fields: readonly FieldError[]): [string, number] | null {
  const over = fields.find(({ message }) => OVER_LIMIT.test(message));
  const limit = over && LIMITS.find(([parts]) => parts.test(over.message));
  return limit ? [limit[1], limit[2]] : null;
}

/**
 * What a refused plan change means, in words: the API says why in `extensions.reason` (a plan
 * no longer a draft, approving one's own plan, a status that moved on, a plan submitted without
 * goals) or names the field it refused. Handed to FormDialog / ActionError as overrides of the
 * general message.
 */
export function usePlanErrorWords(): (error: unknown) => ErrorMessageOverrides {
  const { t } = useTranslation('carePlan');
  return useCallback(
    (error: unknown) => {
      if (!error) return {};
      const info = getErrorInfo(error);
      const fields = info.kind === 'BAD_USER_INPUT' ? info.fields : [];
      const limit = limitWords(fields);
      const field = fieldWords(fields);
      const words =
        info.reason === ErrorReason.LOCKED_RECORD
          ? t('plan.errors.locked')
          : info.reason === ErrorReason.SELF_APPROVAL
            ? t('plan.errors.selfApproval')
            : info.reason === ErrorReason.ILLEGAL_TRANSITION
              ? t('plan.errors.illegalTransition')
              : info.reason === ErrorReason.INCOMPLETE
                ? t('plan.submit.noGoals')
                : limit
                  ? t(limit[0], { max: limit[1] })
                  : field
                    ? t(field)
                    : info.kind === 'NOT_FOUND'
                      ? t('plan.errors.notFound')
                      : null;
      return words ? { [info.kind]: words } : {};
    },
    [t],
  );
}
