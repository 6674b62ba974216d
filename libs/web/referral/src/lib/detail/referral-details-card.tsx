import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ReferralSide } from '@waymark/shared/types';
import { formatDateTime, RecordFact, RecordText } from '@waymark/web/client';
import { ReferralSection } from '../shared/referral-section';
import type { ReferralView } from '../shared/referral-view';

/**
 * Whom the referral goes to and what it asks: the service (as named when referred) or the
 * provider typed in, the reason, the needs, the note for the receiver; then the appointment
 * and, at the end, the outcome or why it was declined.
 */
export function ReferralDetailsCard({ referral, needNames }: { referral: ReferralView; needNames: readonly string[] }) {
  const { t, i18n } = useTranslation('referral');
  const { provider } = referral;
  // The sender opens the directory's entry; the receiver is that service.
  const serviceLink = referral.serviceId && referral.side === ReferralSide.SENDER ? `/directory/services/${referral.serviceId}` : null;
  return (
    <Stack gap="md">
      {referral.side === ReferralSide.RECEIVER ? (
        <ReferralSection id="sender" title={t('referral.page.senderSection')}>
          {referral.senderAgency ? <Text fw={600}>{referral.senderAgency.name}</Text> : null}
          {referral.sentBy ? <RecordFact label={t('referral.page.sentBy')}>{referral.sentBy.displayName}</RecordFact> : null}
        </ReferralSection>
      ) : null}
      <ReferralSection id="receiver" title={t('referral.page.receiverSection')}>
        <Group gap="xs">
          <Text fw={600}>
            {serviceLink ? (
              <Anchor component={Link} to={serviceLink}>
                {referral.serviceName}
              </Anchor>
            ) : (
              (referral.serviceName ?? provider?.name)
            )}
          </Text>
          <Badge variant="outline" color={referral.onWaymark ? 'teal' : 'gray'} tt="none">
            {referral.onWaymark ? t('referral.common.onWaymark') : t('referral.common.notOnWaymark')}
          </Badge>
        </Group>
        {referral.organizationName ? <RecordFact label={t('referral.common.organization')}>{referral.organizationName}</RecordFact> : null}
        {referral.receiverAgency ? <RecordFact label={t('referral.common.receiver')}>{referral.receiverAgency.name}</RecordFact> : null}
        {provider?.phone ? <RecordFact label={t('referral.page.phone')}>{provider.phone}</RecordFact> : null}
        {provider?.email ? <RecordFact label={t('referral.page.email')}>{provider.email}</RecordFact> : null}
        {provider?.address ? <RecordFact label={t('referral.page.address')}>{provider.address}</RecordFact> : null}
      </ReferralSection>

      <ReferralSection id="details" title={t('referral.page.details')}>
        {referral.reason ? (
          <>
            <Text size="sm" c="dimmed">
              {t('referral.common.reason')}
            </Text>
            <RecordText>{referral.reason}</RecordText>
          </>
        ) : (
          // The receiver reads the referral's words only while the client's consent covers referrals.
          <Text size="sm" c="dimmed">
            {t('referral.page.detailsWithheld')}
          </Text>
        )}
        {needNames.length ? (
          <Group gap={4} aria-label={t('referral.common.needs')}>
            {needNames.map((name) => (
              <Badge key={name} variant="light" color="gray" tt="none">
                {name}
              </Badge>
            ))}
          </Group>
        ) : null}
        {referral.noteForReceiver ? (
          <>
            <Text size="sm" c="dimmed">
              {t('referral.common.noteForReceiver')}
            </Text>
            <RecordText>{referral.noteForReceiver}</RecordText>
          </>
        ) : null}
      </ReferralSection>

      <ReferralSection id="appointment" title={t('referral.page.appointment')}>
        {referral.appointmentAt ? (
          <>
            <RecordFact label={t('referral.page.appointmentAt')}>
              <time dateTime={referral.appointmentAt}>{formatDateTime(referral.appointmentAt, i18n.language)}</time>
            </RecordFact>
            {referral.appointmentLocation ? <RecordFact label={t('referral.page.appointmentLocation')}>{referral.appointmentLocation}</RecordFact> : null}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('referral.page.noAppointment')}
          </Text>
        )}
      </ReferralSection>

      {referral.outcome || referral.declineReason ? (
        <ReferralSection id="outcome" title={t('referral.page.outcomeSection')}>
          {referral.outcome ? (
            <Text fw={600} data-testid="referral-outcome">
              {t(`referral.outcome.${referral.outcome}`)}
            </Text>
          ) : null}
          {referral.declineReason ? <Text fw={600}>{t('referral.page.declined', { reason: t(`referral.declineReason.${referral.declineReason}`) })}</Text> : null}
          {referral.outcomeNote ? <RecordText>{referral.outcomeNote}</RecordText> : null}
        </ReferralSection>
      ) : null}
    </Stack>
  );
}
