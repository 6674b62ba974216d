import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ReferralDeclineReason, ReferralOutcome, ReferralStatus } from '@waymark/shared/types';
import { REFERRAL_COUNT_QUERIES } from '../shared/referral-lists';
import { moveReferralMutation } from '../shared/referral.operations';

/** What one step of a referral records, besides which referral and which version. */
export interface MoveReferralFields {
  to: ReferralStatus;
  note?: string | null;
  declineReason?: ReferralDeclineReason | null;
  appointmentAt?: string | null;
  appointmentLocation?: string | null;
  outcome?: ReferralOutcome | null;
  outcomeNote?: string | null;
}

/**
 * Moves a referral one step at the version on screen (a stale one gets CONFLICT), says it was
 * done, and refreshes the counts (its row updates in place from the answer). A failure is
 * thrown for the caller to show.
 */
export function useMoveReferral() {
  const { t } = useTranslation('referral');
  const [mutate, state] = useMutation(moveReferralMutation, { refetchQueries: REFERRAL_COUNT_QUERIES });
  const move = async (referral: { id: string; version: number }, fields: MoveReferralFields) => {
    await mutate({ variables: { input: { id: referral.id, version: referral.version, ...fields } } });
    notifications.show({ color: 'green', message: t(`referral.actions.done.${fields.to}`) });
  };
  return { move, state };
}
