import { Text, Timeline } from '@mantine/core';
import { IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isReferralReschedule, ReferralSide } from '@waymark/shared/types';
import { formatDateTime } from '@waymark/web/client';
import { ReferralSection } from '../shared/referral-section';
import type { ReferralStepView } from '../shared/referral-view';

/**
 * Every step the referral took, oldest first, as both agencies read it: from what to what (a
 * new date for the appointment as such), who took it and for which agency, when, the note and
 * any appointment booked.
 */
export function ReferralTimeline({ steps }: { steps: readonly ReferralStepView[] }) {
  const { t, i18n } = useTranslation('referral');
  const status = (value: string) => t(`referral.status.${value}`);
  return (
    <ReferralSection id="timeline" title={t('referral.timeline.title')} framed={false}>
      {steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('referral.timeline.empty')}
        </Text>
      ) : (
        <Timeline active={steps.length - 1} bulletSize={20} lineWidth={2} role="list" aria-labelledby="referral-timeline-heading">
          {steps.map((step) => (
            <Timeline.Item
              key={step.id}
              role="listitem"
              bullet={<IconPoint size={14} aria-hidden />}
              title={
                !step.fromStatus
                  ? t('referral.timeline.created', { to: status(step.toStatus) })
                  : isReferralReschedule(step.fromStatus, step.toStatus)
                    ? t('referral.timeline.rescheduled')
                    : t('referral.timeline.step', { from: status(step.fromStatus), to: status(step.toStatus) })
              }
            >
              <Text size="sm" c="dimmed">
                {step.side === ReferralSide.SYSTEM ? t('referral.timeline.system') : [step.actorName, step.actorAgencyName].filter(Boolean).join(', ')}
                {' · '}
                <time dateTime={step.occurredAt}>{formatDateTime(step.occurredAt, i18n.language)}</time>
              </Text>
              {step.appointmentAt ? <Text size="sm">{t('referral.timeline.appointment', { date: formatDateTime(step.appointmentAt, i18n.language) })}</Text> : null}
              {step.note ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {step.note}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </ReferralSection>
  );
}
