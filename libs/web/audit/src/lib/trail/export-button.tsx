import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type AuditEventFilter, useErrorMessage } from '@waymark/web/core';
import { saveTextFile } from './save-file';
import { exportAuditEventsMutation } from './trail.operations';

/** Exports the events the filter shows as CSV (the export is itself recorded); too many events asks for a narrower filter. */
export function ExportButton({ filter, disabled }: { filter: AuditEventFilter; disabled?: boolean }) {
  const { t } = useTranslation('audit');
  const errorMessage = useErrorMessage();
  const [exportEvents, { loading }] = useMutation(exportAuditEventsMutation);
  const run = async () => {
    try {
      const { data } = await exportEvents({ variables: { filter } });
      const file = data?.exportAuditEvents;
      if (!file) return;
      saveTextFile(file.filename, file.csv, 'text/csv');
      notifications.show({ color: 'green', message: t('trail.export.done', { count: file.rowCount }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('trail.export.failed'), message: errorMessage(error) });
    }
  };
  return (
    <Button leftSection={<IconDownload size={16} aria-hidden />} loading={loading} disabled={disabled} onClick={() => void run()}>
      {t('trail.export.button')}
    </Button>
  );
}
