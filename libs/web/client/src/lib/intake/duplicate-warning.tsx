import { Alert, Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientDuplicatesQuery } from '@waymark/web/core';
import { ClientAtAGlance } from '../shared/client-identity';
import { RecordBadge } from '../shared/record-badge';

export type DuplicateCandidate = ClientDuplicatesQuery['clientDuplicates'][number];

/**
 * "This person may already be a client": each likely match with why it matches, and a way
 * to open that record instead of creating a second one.
 */
export function DuplicateWarning({ candidates, onOpenInstead }: { candidates: DuplicateCandidate[]; onOpenInstead: () => void }) {
  const { t } = useTranslation('client');
  if (!candidates.length) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy aria-hidden />} title={t('intake.duplicates.title', { count: candidates.length })} role="region" aria-label={t('intake.duplicates.title', { count: candidates.length })}>
      <Stack gap="sm">
        <Text size="sm">{t('intake.duplicates.description')}</Text>
        <List spacing="sm" listStyleType="none" aria-label={t('intake.duplicates.listLabel')}>
          {candidates.map(({ client, reasons }) => (
            <List.Item key={client.id}>
              <Stack gap={4}>
                <ClientAtAGlance client={client} />
                <Group gap={4} aria-label={t('intake.duplicates.reasonsLabel')}>
                  {reasons.map((reason) => (
                    <RecordBadge key={reason} color="yellow" variant="outline" size="sm">
                      {t(`intake.duplicates.reason.${reason}`)}
                    </RecordBadge>
                  ))}
                </Group>
                <Anchor component={Link} to={`/clients/${client.id}`} size="sm" fw={600} onClick={onOpenInstead}>
                  {t('intake.duplicates.openInstead', { name: client.displayName })}
                </Anchor>
              </Stack>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
