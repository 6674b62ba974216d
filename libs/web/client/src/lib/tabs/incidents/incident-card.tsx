import { DataList, Text } from '@mantine/core';
import { IconBellPlus, IconChecklist, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { calendarDay } from '@waymark/shared/types';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '../../shared/format';
import { RecordAction, RecordCard, RecordText } from '../../shared/record-card';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';
import { NotificationList } from './notification-list';

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
  const label = `${type}, ${when(incident.occurredAt)}`;
  const staff = (person: { displayName: string } | null | undefined) => person?.displayName ?? t('tabs.common.unknownStaff');
  return (
    <RecordCard
      recordId={incident.id}
      highlighted={highlighted}
      title={type}
      facts={[when(incident.occurredAt), incident.location].filter(Boolean).join(' · ')}
      badges={
        <>
          <SeverityBadge severity={incident.severity} />
          <IncidentStatusBadge status={incident.status} />
        </>
      }
      actions={[
        open && canWrite ? (
          <RecordAction key="edit" icon={IconPencil} label={t('tabs.common.edit')} ariaLabel={t('tabs.incidents.editNamed', { label })} onClick={onEdit} />
        ) : null,
        open && canWrite ? (
          <RecordAction key="notify" icon={IconBellPlus} label={t('tabs.incidents.notify')} ariaLabel={t('tabs.incidents.notifyNamed', { label })} onClick={onNotify} />
        ) : null,
        open && canReview ? (
          <RecordAction
            key="review"
            icon={IconChecklist}
            tone="main"
            label={t('tabs.incidents.reviewAction')}
            ariaLabel={t('tabs.incidents.reviewNamed', { label })}
            onClick={onReview}
          />
        ) : null,
      ]}
    >
      <RecordText>{incident.description}</RecordText>
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
          <DataList.ItemValue>{t('tabs.incidents.byOn', { name: staff(incident.reportedBy), time: when(incident.createdAt) })}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('tabs.incidents.notified')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <NotificationList notifications={incident.notifications} />
          </DataList.ItemValue>
        </DataList.Item>
        {incident.status === 'REVIEWED' ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('tabs.incidents.review')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <RecordText>{incident.reviewNote}</RecordText>
              <Text size="xs" c="dimmed">
                {t('tabs.incidents.byOn', { name: staff(incident.reviewedBy), time: incident.reviewedAt ? when(incident.reviewedAt) : '' })}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
      </DataList>
    </RecordCard>
  );
}
