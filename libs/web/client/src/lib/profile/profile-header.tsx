import { useEffect, useRef, useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { currentPrograms } from '../list/client-table';
import { RiskAndFlags } from '../shared/client-badges';
import { useRecordPermissions } from '../shared/use-record-permissions';
import { FaceSheetButton } from './face-sheet/face-sheet-button';
import { MergeDialog } from './merge-dialog';
import { StatusControl } from './status-control';
import classes from './profile-header.module.css';

/**
 * Who the client is, in one glance that stays in view over every tab: name, age, pronouns,
 * number, status, risk and flags, programs and case manager.
 */
export function ProfileHeader({ client }: { client: ClientProfileFieldsFragment }) {
  const { t } = useTranslation('client');
  const { canWrite, openedForReading, isSupervisor } = useRecordPermissions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [merging, setMerging] = useState(false);
  useEffect(() => {
    // Like every page: start at the heading unless focus is already inside the page.
    if (document.activeElement === document.body || document.activeElement?.closest('nav, [role="dialog"]')) {
      headingRef.current?.focus({ preventScroll: true });
    }
  }, []);
  const facts = [
    client.preferredName ? t('identity.preferred', { name: client.preferredName }) : null,
    client.age !== null && client.age !== undefined ? t('header.age', { count: client.age }) : null,
    client.pronouns,
    t('identity.number', { number: client.clientNumber }),
  ].filter(Boolean);
  const programs = currentPrograms(client);
  return (
    <Card withBorder radius="md" padding="md" className={classes.header} component="section" aria-label={t('header.label')}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={2} miw={0}>
            <Title order={1} size="h2" ref={headingRef} tabIndex={-1} style={{ outline: 'none', overflowWrap: 'anywhere' }}>
              {client.displayName}
            </Title>
            <Text c="dimmed" size="sm">
              {facts.join(' · ')}
            </Text>
          </Stack>
          <Group gap="sm">
            <StatusControl client={client} canChange={canWrite} />
            <FaceSheetButton client={client} />
            {isSupervisor ? (
              <Button variant="subtle" leftSection={<IconGitMerge size={16} aria-hidden />} onClick={() => setMerging(true)}>
                {t('merge.open')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {openedForReading ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconEye size={18} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm">{t('header.openedForReading')}</Text>
          </Group>
        ) : null}
        <RiskAndFlags riskLevel={client.riskLevel} flags={client.flags} />
        <Group gap="lg" wrap="wrap">
          <Text size="sm">
            <Text span fw={600}>
              {t('header.programs')}:
            </Text>{' '}
            {programs.length ? programs.join(', ') : t('list.noProgram')}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('header.caseManager')}:
            </Text>{' '}
            {client.primaryCaseManager?.displayName ?? t('header.notAssigned')}
          </Text>
        </Group>
      </Stack>
      <MergeDialog client={client} opened={merging} onClose={() => setMerging(false)} />
    </Card>
  );
}
