import { Group, Stack, Text } from '@mantine/core';
import type { ClientFlag, ClientStatus, RiskLevel } from '@waymark/shared/types';
import { RiskAndFlags, StatusBadge } from './client-badges';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from './format';

interface Identity {
  displayName: string;
  preferredName?: string | null;
  clientNumber: string;
  dateOfBirth?: string | null;
  age?: number | null;
}

/** Name, then the facts that tell two people of the same name apart: number, birth date, age. */
export function ClientIdentity({ client }: { client: Identity }) {
  const { t, i18n } = useTranslation('client');
  const facts = [
    t('identity.number', { number: client.clientNumber }),
    client.dateOfBirth
      ? t('identity.born', { date: formatCalendarDate(client.dateOfBirth, i18n.language), count: client.age ?? 0 })
      : t('identity.noBirthDate'),
  ];
  return (
    <Stack gap={0} miw={0}>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {client.displayName}
        {client.preferredName && !client.displayName.includes(client.preferredName) ? (
          <Text span c="dimmed" fw={400}>
            {' '}
            {t('identity.preferred', { name: client.preferredName })}
          </Text>
        ) : null}
      </Text>
      <Text size="sm" c="dimmed">
        {facts.join(' · ')}
      </Text>
    </Stack>
  );
}

/** A client in a list to pick from (search, duplicates): who they are, their status, and what every worker must see. */
export function ClientAtAGlance({ client }: { client: Identity & { status: ClientStatus; riskLevel: RiskLevel; flags: readonly ClientFlag[] } }) {
  return (
    <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
      <ClientIdentity client={client} />
      <Group gap={4}>
        <StatusBadge status={client.status} size="sm" />
        <RiskAndFlags riskLevel={client.riskLevel} flags={client.flags} size="sm" />
      </Group>
    </Group>
  );
}
