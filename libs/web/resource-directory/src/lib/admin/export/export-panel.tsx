import { useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '@waymark/web/client';
import { HsdsFormat } from '@waymark/shared/types';
import type { ImportFileInput } from '../import/read-files';
import { downloadBlob, downloadText, mediaTypeOf } from '../shared/download';
import { zipTextFiles } from '../shared/zip';

/**
 * Export of the agency's directory entries, in the same HSDS forms the import reads. The JSON
 * form is one file, downloaded at once; the CSV datapackage is several files, offered one by one
 * and all together as one .zip (which the import takes back as it is).
 */
export function ExportPanel({ onExport }: { onExport: (format: HsdsFormat) => Promise<readonly ImportFileInput[]> }) {
  const { t } = useTranslation('directory');
  const [busy, setBusy] = useState<HsdsFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [csvFiles, setCsvFiles] = useState<readonly ImportFileInput[] | null>(null);
  const download = (file: ImportFileInput) => downloadText(file.name, file.content, mediaTypeOf(file.name));
  const downloadAll = (files: readonly ImportFileInput[]) => downloadBlob(t('admin.export.zipName'), new Blob([zipTextFiles(files)], { type: 'application/zip' }));

  const run = async (format: HsdsFormat) => {
    setBusy(format);
    setError(null);
    try {
      const files = await onExport(format);
      if (format === HsdsFormat.HSDS_JSON) files.forEach(download);
      else setCsvFiles(files);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('admin.export.description')}
      </Text>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconFileExport size={18} aria-hidden />} loading={busy === HsdsFormat.HSDS_JSON} disabled={!!busy} onClick={() => void run(HsdsFormat.HSDS_JSON)}>
          {t('admin.export.json')}
        </Button>
        <Button variant="default" leftSection={<IconFileExport size={18} aria-hidden />} loading={busy === HsdsFormat.HSDS_CSV} disabled={!!busy} onClick={() => void run(HsdsFormat.HSDS_CSV)}>
          {t('admin.export.csv')}
        </Button>
      </Group>
      <ActionError error={error} />
      {csvFiles ? (
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600} role="status">
              {t('admin.export.ready', { count: csvFiles.length })}
            </Text>
            <Button size="xs" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => downloadAll(csvFiles)}>
              {t('admin.export.downloadAll')}
            </Button>
          </Group>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('admin.export.caption')}</Table.Caption>
            <Table.Tbody>
              {csvFiles.map((file) => (
                <Table.Tr key={file.name}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" ff="monospace">
                      {file.name}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right">
                    <Button size="xs" variant="subtle" leftSection={<IconDownload size={14} aria-hidden />} aria-label={t('admin.export.downloadFile', { name: file.name })} onClick={() => download(file)}>
                      {t('admin.export.download')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
    </Stack>
  );
}
