import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorReason } from '@waymark/shared/types';
import { getErrorInfo, type ErrorMessageOverrides } from '@waymark/web/core';

/** What the API's refusal of a named field means for a plan, by the field it names. */
const FIELD_WORDS: Array<[RegExp, string]> = [
  [/targetDate$/, 'plan.errors.targetBeforeStart'],
  [/^(input\.)?enrollmentId$/, 'plan.errors.openPlan'],
  [/^(input\.)?effectiveOn$/, 'plan.errors.startAfterTarget'],
  [/^(input\.)?carePlanId$/, 'plan.errors.revisionInProgress'],
  [/^(input\.)?goals$/, 'plan.submit.noGoals'],
];

/**
 * What a refused plan change means, in words: the API says why in `extensions.reason` (a plan
 * no longer a draft, approving one's own plan, a status that moved on) or names the field it
 * refused. Handed to FormDialog / ActionError as overrides of the general message.
 */
export function usePlanErrorWords(): (error: unknown) => ErrorMessageOverrides {
  const { t } = useTranslation('carePlan');
  return useCallback(
    (error: unknown) => {
      if (!error) return {};
      const info = getErrorInfo(error);
      const field = info.kind === 'BAD_USER_INPUT' ? FIELD_WORDS.find(([pattern]) => info.fields.some(({ field: name }) => pattern.test(name))) : undefined;
      const words =
        info.reason === ErrorReason.LOCKED_RECORD
          ? t('plan.errors.locked')
          : info.reason === ErrorReason.SELF_APPROVAL
            ? t('plan.errors.selfApproval')
            : info.reason === ErrorReason.ILLEGAL_TRANSITION
              ? t('plan.errors.illegalTransition')
              : field
                ? t(field[1])
                : info.kind === 'NOT_FOUND'
                  ? t('plan.errors.notFound')
                  : null;
      return words ? { [info.kind]: words } : {};
    },
    [t],
  );
}
