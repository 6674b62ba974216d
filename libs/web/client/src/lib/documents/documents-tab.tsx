import { useState } from 'react';
import { NativeSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFiles, IconUpload } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type DocumentType } from '@waymark/shared/types';
import { useItemFocus } from '../shared/use-item-focus';
import { appendEdges, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { RecordList } from '../shared/record-list';
import { TabSection } from '../shared/tab-section';
import { useRecordPermissions } from '../shared/use-record-permissions';
import type { ClientTabProps } from '../tabs/tab-props';
import { DocumentCard } from './document-card';
import { EditDocumentDialog } from './edit-document-dialog';
import { useDocumentErrorMessage } from './document-errors';
import { clientDocumentsQuery } from './document.operations';
import { PreviewDialog } from './preview-dialog';
import { RemoveDocumentDialog } from './remove-document-dialog';
import { UploadDocumentDialog } from './upload-document-dialog';
import { useDocumentDownload } from './use-document-content';
import { useDocumentOwners } from './use-document-owners';

const PAGE_SIZE = 20;
const ALL_TYPES = '';

type Acting = { kind: 'upload' } | { kind: 'preview' | 'edit' | 'remove'; documentId: string } | null;

/** The client's documents, the latest uploaded first: upload, preview, download and remove. */
export function DocumentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { canWrite } = useRecordPermissions();
  const [acting, setActing] = useState<Acting>(null);
  const [documentType, setDocumentType] = useState<DocumentType | typeof ALL_TYPES>(ALL_TYPES);
  const owners = useDocumentOwners(client.id);
  const download = useDocumentDownload();
  const describe = useDocumentErrorMessage();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(clientDocumentsQuery, {
    variables: { clientId: client.id, first: PAGE_SIZE, documentType: documentType || null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.clientDocuments;
  const item = useItemFocus(!!connection);
  const close = () => setActing(null);
  const acted = acting && acting.kind !== 'upload' ? (connection?.edges.find(({ node }) => node.id === acting.documentId)?.node ?? null) : null;
  const more = useLoadMore(client.id, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ clientDocuments: appendEdges(shown.clientDocuments, fetchMoreResult.clientDocuments) }),
    }),
  );
  const save = (contentPath: string, fileName: string) =>
    download(contentPath, fileName).catch((failure: unknown) => notifications.show({ color: 'red', message: describe(failure) }));

  return (
    <TabSection
      id="documents"
      title={t('documents.title')}
      description={t('documents.description')}
      action={canWrite ? { icon: IconUpload, label: t('documents.upload'), onClick: () => setActing({ kind: 'upload' }) } : null}
    >
      <NativeSelect
        label={t('documents.filterType')}
        value={documentType}
        onChange={(event) => setDocumentType(event.currentTarget.value as DocumentType | typeof ALL_TYPES)}
        data={[{ value: ALL_TYPES, label: t('documents.allTypes') }, ...DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`documents.type.${type}`) }))]}
        w={{ base: '100%', sm: 260 }}
      />
      <RecordList
        total={connection?.totalCount}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('documents.loading')}
        countLabel={t('documents.count', { count: connection?.totalCount ?? 0 })}
        empty={{ icon: <IconFiles aria-hidden />, title: t('documents.emptyTitle'), description: t('documents.emptyText') }}
      >
        <Stack gap="sm">
          {connection?.edges.map(({ node }) => (
            <DocumentCard
              key={node.id}
              document={node}
              attachedTo={owners.labelOf(node.ownerType, node.ownerId)}
              highlighted={node.id === item}
              canWrite={canWrite}
              onPreview={() => setActing({ kind: 'preview', documentId: node.id })}
              onDownload={() => void save(node.contentPath, node.fileName)}
              onEdit={() => setActing({ kind: 'edit', documentId: node.id })}
              onRemove={() => setActing({ kind: 'remove', documentId: node.id })}
            />
          ))}
        </Stack>
        {connection ? (
          <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
        ) : null}
      </RecordList>
      {acting?.kind === 'upload' ? <UploadDocumentDialog clientId={client.id} onClose={close} /> : null}
      {acting?.kind === 'preview' && acted ? <PreviewDialog document={acted} onDownload={() => void save(acted.contentPath, acted.fileName)} onClose={close} /> : null}
      {acting?.kind === 'edit' && acted ? <EditDocumentDialog document={acted} onClose={close} onReload={() => void refetch()} /> : null}
      {acting?.kind === 'remove' && acted ? <RemoveDocumentDialog document={acted} onClose={close} onReload={() => void refetch()} /> : null}
    </TabSection>
  );
}
