import { useMemo, useState } from 'react';
import { SegmentedControl, SimpleGrid, Stack, VisuallyHidden } from '@mantine/core';
import { IconFileCertificate, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, consentState, ConsentState, DocumentOwnerType, DocumentType } from '@waymark/shared/types';
import { ownerValue, UploadDocumentDialog } from '../../documents';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { useItemFocus } from '../../shared/use-item-focus';
import { RecordList } from '../../shared/record-list';
import { TabSection } from '../../shared/tab-section';
import type { ClientTabProps } from '../tab-props';
import { ConsentCard } from './consent-card';
import { ConsentForm } from './consent-form';
import { clientConsentsQuery } from './consent.operations';
import { RevokeConsentDialog } from './revoke-consent-dialog';

type Show = 'CURRENT' | 'ALL';
/** Consents that still matter today: in force or about to be. */
const CURRENT_STATES: readonly ConsentState[] = [ConsentState.ACTIVE, ConsentState.PENDING];

/** The client's releases of information, with their state today. */
export function ConsentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { canWrite } = useRecordPermissions();
  const [recording, setRecording] = useState(false);
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [attachingTo, setAttachingTo] = useState<string | null>(null);
  const [show, setShow] = useState<Show>('ALL');
  const { data, loading, error, refetch } = useQuery(clientConsentsQuery, { variables: { clientId: client.id } });
  const today = calendarDay(new Date());
  const consents = useMemo(
    () => (data?.clientConsents ?? []).map((consent) => ({ consent, state: consentState(consent, today) })),
    [data, today],
  );
  const item = useItemFocus(!!data);
  const shown = show === 'ALL' ? consents : consents.filter(({ state }) => CURRENT_STATES.includes(state));
  // The latest version: a consent revoked meanwhile (seen after a reload) closes the dialog.
  const revoking = consents.find(({ consent }) => consent.id === revokingId && !consent.revokedAt)?.consent ?? null;

  return (
    <TabSection
      id="consents"
      title={t('tabs.consents.title')}
      description={t('tabs.consents.description')}
      action={canWrite ? { icon: IconPlus, label: t('tabs.consents.record'), onClick: () => setRecording(true) } : null}
    >
      {consents.length > 0 ? (
        <Stack gap={4}>
          <VisuallyHidden id="consents-show-label">{t('tabs.consents.showLabel')}</VisuallyHidden>
          <SegmentedControl
            aria-labelledby="consents-show-label"
            value={show}
            onChange={(value) => setShow(value as Show)}
            data={[
              { value: 'ALL', label: t('tabs.consents.showAll') },
              { value: 'CURRENT', label: t('tabs.consents.showCurrent') },
            ]}
            w="fit-content"
          />
        </Stack>
      ) : null}
      <RecordList
        total={data ? consents.length : undefined}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('tabs.consents.loading')}
        countLabel={shown.length ? t('tabs.consents.count', { count: shown.length }) : t('tabs.consents.noneCurrent')}
        empty={{ icon: <IconFileCertificate aria-hidden />, title: t('tabs.consents.emptyTitle'), description: t('tabs.consents.emptyText') }}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {shown.map(({ consent, state }) => (
            <ConsentCard key={consent.id} consent={consent} highlighted={consent.id === item} state={state} canWrite={canWrite} onRevoke={() => setRevokingId(consent.id)} onAttachForm={() => setAttachingTo(consent.id)} attached={consent.documents} />
          ))}
        </SimpleGrid>
      </RecordList>
      {recording ? <ConsentForm clientId={client.id} onClose={() => setRecording(false)} /> : null}
      {attachingTo ? (
        <UploadDocumentDialog
          clientId={client.id}
          preset={{ owner: ownerValue(DocumentOwnerType.CONSENT, attachingTo), documentType: DocumentType.SIGNED_CONSENT }}
          onUploaded={() => void refetch()}
          onClose={() => setAttachingTo(null)}
        />
      ) : null}
      {revoking ? <RevokeConsentDialog consent={revoking} onClose={() => setRevokingId(null)} onReload={() => void refetch()} /> : null}
    </TabSection>
  );
}
