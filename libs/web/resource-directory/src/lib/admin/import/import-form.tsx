import { useState } from 'react';
import { Button, FileInput, Group, List, Radio, Stack, Text } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_IMPORT_FILES_MAX, DIRECTORY_IMPORT_TEXT_MAX, DirectoryVisibility, HsdsFormat } from '@waymark/shared/types';
import { ActionError } from '@waymark/web/client';
import { DATAPACKAGE_DESCRIPTOR, fileSetProblem, readFiles, textTooLarge, type ImportFileInput } from './read-files';
import { expandZips } from '../shared/zip';

export interface ImportRequest {
  format: HsdsFormat;
  visibility: DirectoryVisibility;
  files: ImportFileInput[];
}

/**
 * Choosing what to import: the HSDS JSON file, or the CSV datapackage (its CSV files and
 * datapackage.json picked together), and whether the organizations it brings are shared with
 * every agency or kept private. The files are read here, in the browser, and sent as text;
 * more text than the API takes is refused before sending (larger directories are imported on the server).
 */
export function ImportForm({ onStart }: { onStart: (request: ImportRequest) => Promise<unknown> }) {
  const { t, i18n } = useTranslation('directory');
  const [format, setFormat] = useState<HsdsFormat>(HsdsFormat.HSDS_JSON);
  const [visibility, setVisibility] = useState<DirectoryVisibility>(DirectoryVisibility.SHARED);
  const [files, setFiles] = useState<File[]>([]);
  // Known only once the chosen files are read; choosing others asks again.
  const [tooLarge, setTooLarge] = useState(false);
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = fileSetProblem(format, files) ?? (tooLarge ? 'tooLarge' : null);
  const fileError =
    tried && problem
      ? t(`admin.import.fileProblem.${problem}`, {
          descriptor: DATAPACKAGE_DESCRIPTOR,
          max: DIRECTORY_IMPORT_FILES_MAX,
          characters: new Intl.NumberFormat(i18n.language).format(DIRECTORY_IMPORT_TEXT_MAX),
        })
      : undefined;
  const choose = (chosen: File[]) => {
    setFiles(chosen);
    setTooLarge(false);
  };
  // A datapackage may come as one .zip (as the export downloads it): its files are listed as if picked one by one.
  const chooseCsv = (chosen: File[]) => void expandZips(chosen).then(choose);

  const start = async () => {
    setTried(true);
    if (problem) return;
    setSending(true);
    setError(null);
    try {
      const read = await readFiles(files);
      if (textTooLarge(read)) {
        setTooLarge(true);
        return;
      }
      await onStart({ format, visibility, files: read });
      choose([]);
      setTried(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <Stack gap="md">
        <Radio.Group
          label={t('admin.import.format')}
          value={format}
          onChange={(value) => {
            setFormat(value as HsdsFormat);
            choose([]);
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value={HsdsFormat.HSDS_JSON} label={t('admin.import.formatJson')} description={t('admin.import.formatJsonHint')} />
            <Radio value={HsdsFormat.HSDS_CSV} label={t('admin.import.formatCsv')} description={t('admin.import.formatCsvHint', { descriptor: DATAPACKAGE_DESCRIPTOR })} />
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('admin.import.visibility')} value={visibility} onChange={(value) => setVisibility(value as DirectoryVisibility)}>
          <Stack gap="xs" mt="xs">
            <Radio value={DirectoryVisibility.SHARED} label={t('admin.visibility.SHARED')} description={t('admin.visibility.SHARED_hint')} />
            <Radio value={DirectoryVisibility.PRIVATE} label={t('admin.visibility.PRIVATE')} description={t('admin.visibility.PRIVATE_hint')} />
          </Stack>
        </Radio.Group>
        {format === HsdsFormat.HSDS_JSON ? (
          <FileInput
            key="json"
            label={t('admin.import.jsonFile')}
            placeholder={t('admin.import.choose')}
            accept=".json,application/json"
            leftSection={<IconFileUpload size={18} aria-hidden />}
            clearable
            value={files[0] ?? null}
            onChange={(file) => choose(file ? [file] : [])}
            error={fileError}
            maw={480}
          />
        ) : (
          <FileInput
            key="csv"
            multiple
            label={t('admin.import.csvFiles')}
            description={t('admin.import.csvFilesHint', { descriptor: DATAPACKAGE_DESCRIPTOR })}
            placeholder={t('admin.import.chooseMany')}
            accept=".csv,.json,.zip,text/csv,application/json,application/zip"
            leftSection={<IconFileUpload size={18} aria-hidden />}
            clearable
            value={files}
            onChange={chooseCsv}
            error={fileError}
            maw={480}
          />
        )}
        {files.length > 1 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('admin.import.chosen', { count: files.length })}
            </Text>
            <List size="sm">
              {files.map((file) => (
                <List.Item key={file.name}>{file.name}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        <ActionError error={error} />
        <Group>
          <Button type="submit" leftSection={<IconUpload size={18} aria-hidden />} loading={sending}>
            {t('admin.import.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
