import { Group } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconGavel, IconLock, IconShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RecordBadge } from '../../shared/record-badge';

/** What a person in the network may be called on for; each badge has an icon and words, not colour alone. */
export function ContactBadges({
  emergencyContact,
  legalDecisionMaker,
  mayShareInformation,
  consentInForce,
}: {
  emergencyContact: boolean;
  legalDecisionMaker: boolean;
  mayShareInformation: boolean;
  /** A consent in force names this person; null while the consents are not known */
  consentInForce: boolean | null;
}) {
  const { t } = useTranslation('client');
  return (
    <Group gap={4} wrap="wrap">
      {emergencyContact ? (
        <RecordBadge color="red" icon={IconAlertCircle}>
          {t('tabs.network.emergencyContactBadge')}
        </RecordBadge>
      ) : null}
      {legalDecisionMaker ? (
        <RecordBadge color="grape" icon={IconGavel}>
          {t('tabs.network.legalDecisionMakerBadge')}
        </RecordBadge>
      ) : null}
      {mayShareInformation && consentInForce === false ? (
        <RecordBadge color="orange" icon={IconAlertTriangle}>
          {t('tabs.network.mayShareNoConsentBadge')}
        </RecordBadge>
      ) : mayShareInformation ? (
        <RecordBadge color="green" icon={IconShare}>
          {t('tabs.network.mayShareBadge')}
        </RecordBadge>
      ) : (
        <RecordBadge color="gray" variant="outline" icon={IconLock}>
          {t('tabs.network.noShareBadge')}
        </RecordBadge>
      )}
    </Group>
  );
}
