import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconNotes, IconPencilPlus } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { appendEdges, type CaseNoteFieldsFragment, LoadMoreFooter, useDraft, useLoadMore } from '@waymark/web/core';
import { endOfDay, startOfDay } from '../../shared/date-time-input';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { useItemFocus } from '../../shared/use-item-focus';
import { RecordList } from '../../shared/record-list';
import { TabSection } from '../../shared/tab-section';
import type { ClientTabProps } from '../tab-props';
import { formatDateTime } from '../../shared/format';
import { NoteComposer } from './note-composer';
import { NoteFilters, NO_FILTERS, type NoteFilterValues } from './note-filters';
import { NoteItem } from './note-item';
import { caseNotesQuery, myDraftNotesQuery, noteComposerSettingsQuery } from './note.operations';
import { composerFromNote, emptyComposer, hasContent, isNoteType, type ComposerValues } from './note-values';

const PAGE_SIZE = 20;

interface Composing {
  /** Remounts the composer when another draft opens */
  key: string;
  initial: ComposerValues;
  synced: boolean;
  restored: boolean;
}

/** The client's case notes, newest contact first, with the composer for a new note. */
export function NotesTab({ client }: ClientTabProps) {
  const { t, i18n } = useTranslation('client');
  const { userId, canWrite } = useRecordPermissions();
  // This device's copy of the note being written, per worker and client: it outlives a reload and a new sign-in.
  const local = useDraft<ComposerValues>(`note-composer:${client.id}`, emptyComposer());
  const [composing, setComposing] = useState<Composing | null>(() =>
    local.restored && hasContent(local.initialValues)
      ? { key: `restored-${local.initialValues.noteId}`, initial: local.initialValues, synced: false, restored: true }
      : null,
  );
  // The device copy is offered once: after the composer closes, the server has the draft.
  const [deviceCopy, setDeviceCopy] = useState<ComposerValues | null>(local.restored ? local.initialValues : null);
  /** The draft in the composer, which the list does not offer to open again */
  const [activeNoteId, setActiveNoteId] = useState<string | null>(null);
  const [filters, setFilters] = useState<NoteFilterValues>(NO_FILTERS);
  const writeButton = useRef<HTMLButtonElement>(null);

  const variables = {
    clientId: client.id,
    first: PAGE_SIZE,
    types: isNoteType(filters.type) ? [filters.type] : null,
    authorId: filters.authorId || null,
    from: startOfDay(filters.from),
    to: endOfDay(filters.to),
  };
  const notes = useQuery(caseNotesQuery, { variables, notifyOnNetworkStatusChange: true });
  const drafts = useQuery(myDraftNotesQuery, { variables: { clientId: client.id }, skip: !canWrite });
  const settings = useQuery(noteComposerSettingsQuery, { skip: !composing });
  const connection = (notes.error ? notes.data : (notes.data ?? notes.previousData))?.caseNotes;
  const loadingMore = notes.networkStatus === NetworkStatus.fetchMore;
  const item = useItemFocus(!!connection);
  const filtered = !!(filters.type || filters.authorId || filters.from || filters.to);

  const authorsSeen = useMemo(() => {
    const seen = new Map<string, string>();
    for (const { node } of connection?.edges ?? []) {
      if (node.author && node.author.id !== userId) seen.set(node.author.id, node.author.displayName);
    }
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [connection, userId]);
  // Only someone who writes notes has notes of their own to pick (an auditor reads them).
  const authors = userId && canWrite ? [{ value: userId, label: t('tabs.notes.me') }, ...authorsSeen] : authorsSeen;

  const open = (note: CaseNoteFieldsFragment | null) => {
    if (!note) {
      setComposing({ key: `new-${Date.now()}`, initial: emptyComposer(), synced: true, restored: false });
      return;
    }
    // This device may hold typing on this draft that never reached the server.
    const mine = !!deviceCopy && deviceCopy.noteId === note.id;
    setComposing({
      key: note.id,
      initial: mine ? deviceCopy : composerFromNote(note),
      synced: !mine,
      restored: false,
    });
  };
  const ended = () => {
    setComposing(null);
    setActiveNoteId(null);
    setDeviceCopy(null);
    void notes.refetch();
    requestAnimationFrame(() => writeButton.current?.focus());
  };
  const more = useLoadMore(JSON.stringify(filters), (after) =>
    notes.fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ caseNotes: appendEdges(shown.caseNotes, fetchMoreResult.caseNotes) }),
    }),
  );
  const otherDrafts = (drafts.data?.myDraftNotes.edges ?? []).map((edge) => edge.node).filter((note) => note.id !== composing?.initial.noteId);

  return (
    <TabSection
      id="notes"
      title={t('tabs.notes.title')}
      description={canWrite ? t('tabs.notes.description') : t('tabs.notes.descriptionReadOnly')}
      action={canWrite && !composing ? { icon: IconPencilPlus, label: t('tabs.notes.write'), onClick: () => open(null), ref: writeButton } : null}
    >
      {!composing && otherDrafts.length ? (
        <Alert color="blue" variant="light" title={t('tabs.notes.draftsWaiting', { count: otherDrafts.length })}>
          <Stack gap="xs">
            {otherDrafts.map((note) => (
              <Group key={note.id} justify="space-between" gap="xs">
                <Text size="sm">
                  {t(`tabs.notes.type.${note.noteType}`)} · {formatDateTime(note.occurredAt, i18n.language)}
                </Text>
                <Button size="xs" variant="white" onClick={() => open(note)}>
                  {t('tabs.notes.continueDraftNamed', { time: formatDateTime(note.occurredAt, i18n.language) })}
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {composing ? (
        <NoteComposer
          key={composing.key}
          clientId={client.id}
          initial={composing.initial}
          synced={composing.synced}
          restored={composing.restored}
          lateEntryDays={settings.data?.clientSettings.lateEntryDays ?? null}
          onKeepLocal={(values) => {
            local.save(values);
            setActiveNoteId(values.noteId || null);
          }}
          onForgetLocal={local.clear}
          onEnd={ended}
        />
      ) : null}

      <NoteFilters value={filters} authors={authors} onChange={setFilters} />
      <RecordList
        total={connection?.totalCount}
        loading={notes.loading}
        error={notes.error}
        onRetry={() => void notes.refetch()}
        loadingLabel={t('tabs.notes.loading')}
        countLabel={t('tabs.notes.count', { count: connection?.totalCount ?? 0 })}
        empty={{
          icon: <IconNotes aria-hidden />,
          title: filtered ? t('tabs.notes.emptyFilteredTitle') : t('tabs.notes.emptyTitle'),
          description: filtered ? t('tabs.notes.emptyFilteredText') : t('tabs.notes.emptyText'),
          action: filtered ? (
            <Button variant="light" onClick={() => setFilters(NO_FILTERS)}>
              {t('tabs.notes.clearFilters')}
            </Button>
          ) : null,
        }}
      >
        <Stack gap="sm" aria-busy={notes.loading}>
          {connection?.edges.map(({ node }) => (
            <NoteItem
              key={node.id}
              note={node}
              highlighted={node.id === item}
              canAddendum={canWrite}
              isMine={node.author?.id === userId}
              inComposer={!!composing && (node.id === activeNoteId || node.id === composing.initial.noteId)}
              onContinue={() => open(node)}
            />
          ))}
        </Stack>
        {connection ? <LoadMoreFooter pageInfo={connection.pageInfo} loading={loadingMore} error={more.error} onLoadMore={more.loadMore} /> : null}
      </RecordList>
    </TabSection>
  );
}
