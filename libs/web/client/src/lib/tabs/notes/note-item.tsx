import { useState } from 'react';
import { Divider, Stack, Text } from '@mantine/core';
import { IconClockExclamation, IconFilePlus, IconPencil, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDraft, type CaseNoteFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';
import { RecordBadge } from '../../shared/record-badge';
import { RecordAction, RecordCard, RecordFact, RecordText } from '../../shared/record-card';
import { AddendumForm, addendumDraftKey } from './addendum-form';

/** One note on the timeline: what kind of contact, when, how long, where, with whom, what happened, who wrote it. */
export function NoteItem({
  highlighted,
  note,
  canAddendum,
  isMine,
  inComposer,
  onContinue,
}: {
  highlighted?: boolean;
  note: CaseNoteFieldsFragment;
  canAddendum: boolean;
  isMine: boolean;
  /** The draft is open in the composer right now */
  inComposer: boolean;
  onContinue: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  // An addendum left half-typed (a reload, a locked screen) reopens with its text.
  const addendumPending = useDraft(addendumDraftKey(note.id), { text: '' }).restored;
  const [adding, setAdding] = useState(addendumPending);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const signed = note.status === 'SIGNED';
  const type = t(`tabs.notes.type.${note.noteType}`);
  const author = note.author?.displayName ?? t('tabs.common.unknownStaff');
  const facts = [
    when(note.occurredAt),
    note.durationMinutes !== null && note.durationMinutes !== undefined ? t('tabs.notes.minutes', { count: note.durationMinutes }) : null,
    note.place,
  ].filter(Boolean);
  return (
    <RecordCard
      recordId={note.id}
      highlighted={highlighted}
      title={type}
      facts={facts.join(' · ')}
      badges={
        <>
          {note.lateEntry ? (
            <RecordBadge color="orange" variant="filled" tt="uppercase" icon={IconClockExclamation}>
              {t('tabs.notes.lateEntry')}
            </RecordBadge>
          ) : null}
          {signed ? (
            <RecordBadge color="green" icon={IconSignature}>
              {t('tabs.notes.signedBadge')}
            </RecordBadge>
          ) : (
            <RecordBadge color="gray" variant="outline">
              {t('tabs.notes.draftBadge')}
            </RecordBadge>
          )}
        </>
      }
      actions={[
        !signed && isMine && !inComposer ? (
          <RecordAction key="continue" icon={IconPencil} label={t('tabs.notes.continueDraft')} onClick={onContinue} />
        ) : null,
        signed && canAddendum && !adding ? (
          <RecordAction
            key="addendum"
            icon={IconFilePlus}
            label={t('tabs.notes.addAddendum')}
            ariaLabel={t('tabs.notes.addAddendumNamed', { type, time: when(note.occurredAt) })}
            onClick={() => setAdding(true)}
          />
        ) : null,
      ]}
    >
      {note.participants ? <RecordFact label={t('tabs.notes.participants')}>{note.participants}</RecordFact> : null}
      <RecordText>{note.narrative || t('tabs.notes.noNarrative')}</RecordText>
      <Text size="xs" c="dimmed">
        {signed && note.signedAt
          ? t('tabs.notes.signedBy', { name: author, time: when(note.signedAt) })
          : t('tabs.notes.draftBy', { name: author, time: when(note.updatedAt) })}
      </Text>
      {note.addenda.length ? (
        <Stack gap="xs" component="section" aria-label={t('tabs.notes.addendaLabel', { type })}>
          <Divider label={t('tabs.notes.addendaTitle', { count: note.addenda.length })} labelPosition="left" />
          {note.addenda.map((addendum) => (
            <Stack key={addendum.id} gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
              <Text size="xs" c="dimmed">
                {t('tabs.notes.addendumBy', { name: addendum.author?.displayName ?? t('tabs.common.unknownStaff'), time: when(addendum.createdAt) })}
              </Text>
              <RecordText>{addendum.text}</RecordText>
            </Stack>
          ))}
        </Stack>
      ) : null}
      {adding ? <AddendumForm noteId={note.id} onDone={() => setAdding(false)} /> : null}
    </RecordCard>
  );
}
