import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowsDiff, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CarePlanStatus } from '@waymark/shared/types';
import { formatCalendarDate } from '@waymark/web/client';
import { PlanStatusBadge } from './plan-status-badge';

export interface PlanVersion {
  id: string;
  revision: number;
  programName: string;
  status: CarePlanStatus;
  effectiveOn: string;
}

/** Every version of the client's plans, newest first: open one, or pick two and compare them. */
export function PlanVersions({
  versions,
  shownIds,
  onView,
  onCompare,
}: {
  versions: PlanVersion[];
  /** The versions on screen above, which need no View */
  shownIds: string[];
  onView: (planId: string) => void;
  onCompare: (fromId: string, toId: string) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) => setPicked((current) => (on ? [...current.filter((other) => other !== id), id].slice(-2) : current.filter((other) => other !== id)));
  const compare = () => {
    // Compare from the older version to the newer, whichever was picked first.
    const [a, b] = picked.map((id) => versions.findIndex((version) => version.id === id)).sort((x, y) => y - x);
    onCompare(versions[a].id, versions[b].id);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="plan-versions-heading">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Stack gap={2}>
          <Title order={3} size="h4" id="plan-versions-heading">
            {t('plan.versions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('plan.versions.caption')}
          </Text>
        </Stack>
        <Button leftSection={<IconArrowsDiff size={16} aria-hidden />} variant="light" disabled={picked.length !== 2} onClick={compare}>
          {t('plan.versions.compareTwo')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plan.versions.compare')}</Table.Th>
              <Table.Th scope="col">{t('plan.versions.version')}</Table.Th>
              <Table.Th scope="col">{t('plan.versions.program')}</Table.Th>
              <Table.Th scope="col">{t('plan.versions.status')}</Table.Th>
              <Table.Th scope="col">{t('plan.versions.effectiveOn')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('plan.versions.view')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => {
              const named = { revision: version.revision, program: version.programName };
              return (
                <Table.Tr key={version.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('plan.versions.pickLabel', named)}
                      checked={picked.includes(version.id)}
                      onChange={(event) => toggle(version.id, event.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>{version.revision}</Table.Td>
                  <Table.Td>{version.programName}</Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={version.status} />
                  </Table.Td>
                  <Table.Td>{formatCalendarDate(version.effectiveOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    {shownIds.includes(version.id) ? null : (
                      <Button size="compact-sm" variant="subtle" leftSection={<IconEye size={14} aria-hidden />} aria-label={t('plan.versions.viewNamed', named)} onClick={() => onView(version.id)}>
                        {t('plan.versions.view')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {picked.length !== 2 ? (
        <Text size="xs" c="dimmed" aria-live="polite">
          {t('plan.versions.pickTwo')}
        </Text>
      ) : null}
    </Stack>
  );
}
