import { Alert, Button, Center, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { DocumentFieldsFragment } from '@waymark/web/core';
import { useDocumentErrorMessage } from './document-errors';
import { useDocumentObjectUrl } from './use-document-content';

/** Shows an image or a PDF in the page, fetched with the session's token (the API wants it on every request). */
export function PreviewDialog({ document, onDownload, onClose }: { document: DocumentFieldsFragment; onDownload: () => void; onClose: () => void }) {
  const { t } = useTranslation('client');
  const phone = useMediaQuery('(max-width: 36em)');
  const describe = useDocumentErrorMessage();
  const { url, error, loading, retry } = useDocumentObjectUrl(document.contentPath);
  const isPdf = document.contentType === 'application/pdf';

  return (
    <Modal opened onClose={onClose} title={document.title} size="xl" fullScreen={phone} closeButtonProps={{ 'aria-label': t('documents.close') }} centered>
      <Stack gap="md">
        {loading ? (
          <Center mih={200}>
            <Loader aria-label={t('documents.previewLoading')} />
          </Center>
        ) : null}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            <Stack gap="xs">
              <Text size="sm">{describe(error)}</Text>
              <Group>
                <Button size="xs" variant="white" onClick={retry}>
                  {t('tabs.common.reload')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {url && isPdf ? (
          <iframe src={url} title={t('documents.previewFrame', { title: document.title })} style={{ width: '100%', height: '62vh', border: 0 }} />
        ) : null}
        {url && !isPdf ? <Image src={url} alt={document.title} fit="contain" mah="62vh" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDownload}>
            {t('documents.download')}
          </Button>
          <Button onClick={onClose}>{t('documents.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
