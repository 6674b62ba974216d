import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isReferralReschedule, ReferralStatus } from '@waymark/shared/types';
import { ReferralSection } from '../shared/referral-section';
import { MoveReferralDialog } from './move-referral-dialog';
import type { MoveReferralFields } from './use-move-referral';

/** The steps that end or undo the referral come last and read as such. */
const QUIET: readonly ReferralStatus[] = [ReferralStatus.NO_SHOW, ReferralStatus.DECLINED, ReferralStatus.CANCELLED];

/** The steps forward in the order they happen (mark received, then accept), a completion before a new date. */
const FORWARD: readonly ReferralStatus[] = [
  ReferralStatus.SENT,
  ReferralStatus.RECEIVED,
  ReferralStatus.ACCEPTED,
  ReferralStatus.COMPLETED,
  ReferralStatus.SCHEDULED,
];
/** The step that moves the referral furthest along is the one that stands out (accept rather than only mark received). */
const MAIN_FIRST: readonly ReferralStatus[] = [
  ReferralStatus.SENT,
  ReferralStatus.COMPLETED,
  ReferralStatus.SCHEDULED,
  ReferralStatus.ACCEPTED,
  ReferralStatus.RECEIVED,
];

/**
 * What the reader may do next, exactly the statuses the API offers this side (nextStatuses),
 * each opening the dialog that asks what that step records.
 */
export function ReferralActions({
  referral,
  onMove,
  onReload,
}: {
  referral: {
    version: number;
    status: ReferralStatus;
    nextStatuses: readonly ReferralStatus[];
    appointmentAt?: string | null;
    appointmentLocation?: string | null;
  };
  onMove: (version: number, fields: MoveReferralFields) => Promise<unknown>;
  onReload: () => void;
}) {
  const { status, nextStatuses, version } = referral;
  const { t } = useTranslation('referral');
  // The version on screen when the dialog opened: a step taken meanwhile by the other side makes this one a CONFLICT, not a silent overwrite.
  const [moving, setMoving] = useState<{ to: ReferralStatus; version: number } | null>(null);
  const forward = FORWARD.filter((to) => nextStatuses.includes(to));
  const main = MAIN_FIRST.find((to) => nextStatuses.includes(to));
  const quiet = nextStatuses.filter((to) => QUIET.includes(to));
  const label = (to: ReferralStatus) => t(`referral.actions.${isReferralReschedule(status, to) ? 'RESCHEDULE' : to}`);
  return (
    <ReferralSection id="actions" title={t('referral.actions.title')} framed={false}>
      {nextStatuses.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('referral.actions.none')}
        </Text>
      ) : (
        <Group gap="sm" wrap="wrap">
          {forward.map((to) => (
            <Button key={to} variant={to === main ? 'filled' : 'light'} onClick={() => setMoving({ to, version })}>
              {label(to)}
            </Button>
          ))}
          {quiet.map((to) => (
            <Button key={to} variant="subtle" color={to === ReferralStatus.NO_SHOW ? 'orange' : 'red'} onClick={() => setMoving({ to, version })}>
              {label(to)}
            </Button>
          ))}
        </Group>
      )}
      {moving ? (
        <MoveReferralDialog
          to={moving.to}
          from={status}
          current={referral}
          onMove={(fields) => onMove(moving.version, fields)}
          onClose={() => setMoving(null)}
          onReload={onReload}
        />
      ) : null}
    </ReferralSection>
  );
}
