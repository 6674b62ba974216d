import { Button, Card, DataList, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconBellPlus, IconChecklist, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { calendarDay } from '@waymark/shared/types';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '../../shared/format';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';
import { recordElementId } from '../../shared/use-item-focus';

/** One critical incident report: what, when, where, what was done, who was told, and its review. */
export function IncidentCard({
  highlighted,
  incident,
  canWrite,
  canReview,
  onEdit,
  onNotify,
  onReview,
}: {
  /** Opened from a link to this record (the timeline) */
  highlighted?: boolean;
  incident: IncidentFieldsFragment;
  canWrite: boolean;
  /** May review and sign off: a supervisor who did not write the report */
  canReview: boolean;
  onEdit: () => void;
  onNotify: () => void;
  onReview: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const type = t(`tabs.incidents.type.${incident.incidentType}`);
  const open = incident.status === 'REPORTED';
  const overdue = open && !!incident.followUpDue && incident.followUpDue < calendarDay(new Date());
  const headingId = `incident-${incident.id}`;
  const label = `${type}, ${when(incident.occurredAt)}`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={headingId}
      id={recordElementId(incident.id)}
      tabIndex={-1}
      style={highlighted ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0}>
            <Title order={3} size="h5" id={headingId}>
              {type}
            </Title>
            <Text size="sm" c="dimmed">
              {[when(incident.occurredAt), incident.location].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Group gap={4}>
            <SeverityBadge severity={incident.severity} />
            <IncidentStatusBadge status={incident.status} />
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {incident.description}
        </Text>
        <DataList orientation="horizontal" labelWidth="10rem" gap="xs">
          {incident.actionsTaken ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('tabs.incidents.actionsTaken')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>{incident.actionsTaken}</DataList.ItemValue>
            </DataList.Item>
          ) : null}
          {incident.followUpDue ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('tabs.incidents.followUpDue')}</DataList.ItemLabel>
              <DataList.ItemValue c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
                {formatCalendarDate(incident.followUpDue, i18n.language)}
                {overdue ? ` — ${t('tabs.incidents.overdue')}` : ''}
              </DataList.ItemValue>
            </DataList.Item>
          ) : null}
          <DataList.Item>
            <DataList.ItemLabel>{t('tabs.incidents.reportedBy')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {t('tabs.incidents.byOn', { name: incident.reportedBy?.displayName ?? t('tabs.common.unknownStaff'), time: when(incident.createdAt) })}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('tabs.incidents.notified')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {incident.notifications.length ? (
                <List size="sm" spacing={2}>
                  {incident.notifications.map((n, index) => (
                    <List.Item key={index}>
                      {t('tabs.incidents.notificationLine', {
                        party: t(`tabs.incidents.partyName.${n.party}`),
                        name: n.name ? ` (${n.name})` : '',
                        method: t(`tabs.incidents.methodName.${n.method}`),
                        time: when(n.notifiedAt),
                      })}
                    </List.Item>
                  ))}
                </List>
              ) : (
                t('tabs.incidents.nobodyNotified')
              )}
            </DataList.ItemValue>
          </DataList.Item>
          {incident.status === 'REVIEWED' ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('tabs.incidents.review')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {incident.reviewNote}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('tabs.incidents.byOn', {
                    name: incident.reviewedBy?.displayName ?? t('tabs.common.unknownStaff'),
                    time: incident.reviewedAt ? when(incident.reviewedAt) : '',
                  })}
                </Text>
              </DataList.ItemValue>
            </DataList.Item>
          ) : null}
        </DataList>
        {open && (canWrite || canReview) ? (
          <Group gap="xs" wrap="wrap">
            {canWrite ? (
              <>
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit} aria-label={t('tabs.incidents.editNamed', { label })}>
                  {t('tabs.common.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconBellPlus size={14} aria-hidden />}
                  onClick={onNotify}
                  aria-label={t('tabs.incidents.notifyNamed', { label })}
                >
                  {t('tabs.incidents.notify')}
                </Button>
              </>
            ) : null}
            {canReview ? (
              <Button size="xs" leftSection={<IconChecklist size={14} aria-hidden />} onClick={onReview} aria-label={t('tabs.incidents.reviewNamed', { label })}>
                {t('tabs.incidents.reviewAction')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
