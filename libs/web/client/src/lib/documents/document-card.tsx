import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { calendarDay, isPreviewable } from '@waymark/shared/types';
import type { DocumentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '../shared/format';
import { RecordBadge } from '../shared/record-badge';
import { RecordAction, RecordCard, RecordFact } from '../shared/record-card';
import { useFileSize } from './file-size';

/** One document: what it is, when it is dated, who uploaded it, when it lapses, and what it is attached to. */
export function DocumentCard({
  document,
  attachedTo,
  highlighted,
  canWrite,
  onPreview,
  onDownload,
  onEdit,
  onRemove,
}: {
  document: DocumentFieldsFragment;
  attachedTo: string;
  highlighted?: boolean;
  canWrite: boolean;
  onPreview: () => void;
  onDownload: () => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const size = useFileSize();
  const date = (value: string | null | undefined) => formatCalendarDate(value, i18n.language);
  const expiresSoon = !document.expired && !!document.expiresOn && document.expiresOn <= calendarDay(new Date(Date.now() + 30 * 86_400_000));
  return (
    <RecordCard
      recordId={document.id}
      highlighted={highlighted}
      title={document.title}
      facts={`${t(`documents.type.${document.documentType}`)} · ${t('documents.dated', { date: date(document.documentDate) })}`}
      badges={
        <>
          {document.expired ? (
            <RecordBadge icon={IconAlertTriangle} color="red" variant="filled">
              {t('documents.expired')}
            </RecordBadge>
          ) : null}
          {document.expiresOn ? (
            <RecordBadge color={document.expired ? 'red' : expiresSoon ? 'yellow' : 'gray'} variant="outline">
              {t(document.expired ? 'documents.expiredOn' : 'documents.expiresOnDate', { date: date(document.expiresOn) })}
            </RecordBadge>
          ) : null}
        </>
      }
      actions={
        <>
          {isPreviewable(document.contentType) ? (
            <RecordAction icon={IconEye} tone="main" label={t('documents.preview')} ariaLabel={t('documents.previewNamed', { title: document.title })} onClick={onPreview} />
          ) : null}
          <RecordAction icon={IconDownload} label={t('documents.download')} ariaLabel={t('documents.downloadNamed', { title: document.title })} onClick={onDownload} />
          {canWrite ? (
            <RecordAction icon={IconPencil} label={t('tabs.common.edit')} ariaLabel={t('documents.editNamed', { title: document.title })} onClick={onEdit} />
          ) : null}
          {canWrite ? (
            <RecordAction icon={IconTrash} tone="danger" label={t('documents.remove')} ariaLabel={t('documents.removeNamed', { title: document.title })} onClick={onRemove} />
          ) : null}
        </>
      }
    >
      <RecordFact label={t('documents.attachedTo')}>{attachedTo}</RecordFact>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('documents.fileFacts', { name: document.fileName, size: size(document.sizeBytes) })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {document.uploadedBy
          ? t('documents.uploadedBy', { name: document.uploadedBy.displayName, time: formatDateTime(document.uploadedAt, i18n.language) })
          : t('documents.uploadedOn', { time: formatDateTime(document.uploadedAt, i18n.language) })}
      </Text>
    </RecordCard>
  );
}
