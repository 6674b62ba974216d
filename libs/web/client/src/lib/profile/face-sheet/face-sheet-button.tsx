import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, type ClientProfileFieldsFragment } from '@waymark/web/core';
import { faceSheetContactsQuery } from '../profile.operations';
import { FaceSheet } from './face-sheet';

/**
 * "Print face sheet": fetches the support network, then prints a one-page summary (header,
 * demographics, flags, contacts, programs). The sheet stays in the page, shown only in print,
 * so printing again from the browser's menu gives the same clean sheet.
 */
export function FaceSheetButton({ client }: { client: ClientProfileFieldsFragment }) {
  const { t } = useTranslation('client');
  const describeError = useErrorMessage();
  const [loadContacts, { data, loading }] = useLazyQuery(faceSheetContactsQuery, { fetchPolicy: 'network-only' });
  const [printRequest, setPrintRequest] = useState(0);
  const [printedAt, setPrintedAt] = useState<string | null>(null);

  useEffect(() => {
    if (!printRequest) return;
    // Print once the sheet with the fresh contacts is on the page.
    const frame = requestAnimationFrame(() => window.print());
    return () => cancelAnimationFrame(frame);
  }, [printRequest]);

  const print = async () => {
    try {
      await loadContacts({ variables: { clientId: client.id } });
      setPrintedAt(new Date().toISOString());
      setPrintRequest((count) => count + 1);
    } catch (failure) {
      notifications.show({ color: 'red', title: t('faceSheet.failed'), message: describeError(failure) });
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} loading={loading} onClick={() => void print()}>
        {t('faceSheet.print')}
      </Button>
      {printedAt ? createPortal(<FaceSheet client={client} contacts={data?.clientContacts ?? []} printedAt={printedAt} />, document.body) : null}
    </>
  );
}
