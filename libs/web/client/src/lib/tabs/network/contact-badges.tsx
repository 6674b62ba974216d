import { Badge, Group } from '@mantine/core';
import { IconAlertCircle, IconGavel, IconLock, IconShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What a person in the network may be called on for; each badge has an icon and words, not colour alone. */
export function ContactBadges({
  emergencyContact,
  legalDecisionMaker,
  mayShareInformation,
}: {
  emergencyContact: boolean;
  legalDecisionMaker: boolean;
  mayShareInformation: boolean;
}) {
  const { t } = useTranslation('client');
  return (
    <Group gap={4} wrap="wrap">
      {emergencyContact ? (
        <Badge color="red" variant="light" tt="none" leftSection={<IconAlertCircle size={14} aria-hidden />}>
          {t('tabs.network.emergencyContactBadge')}
        </Badge>
      ) : null}
      {legalDecisionMaker ? (
        <Badge color="grape" variant="light" tt="none" leftSection={<IconGavel size={14} aria-hidden />}>
          {t('tabs.network.legalDecisionMakerBadge')}
        </Badge>
      ) : null}
      {mayShareInformation ? (
        <Badge color="green" variant="light" tt="none" leftSection={<IconShare size={14} aria-hidden />}>
          {t('tabs.network.mayShareBadge')}
        </Badge>
      ) : (
        <Badge color="gray" variant="outline" tt="none" leftSection={<IconLock size={14} aria-hidden />}>
          {t('tabs.network.noShareBadge')}
        </Badge>
      )}
    </Group>
  );
}
