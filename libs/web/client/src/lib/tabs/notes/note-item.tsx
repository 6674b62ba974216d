import { useState } from 'react';
import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation, IconFilePlus, IconPencil, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseNoteFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';
import { AddendumForm } from './addendum-form';
import { recordElementId } from '../../shared/use-item-focus';

/** One note on the timeline: what kind of contact, when, how long, where, with whom, what happened, who wrote it. */
export function NoteItem({
  highlighted,
  note,
  canAddendum,
  isMine,
  inComposer,
  onContinue,
}: {
  /** Opened from a link to this record (the timeline) */
  highlighted?: boolean;
  note: CaseNoteFieldsFragment;
  canAddendum: boolean;
  isMine: boolean;
  /** The draft is open in the composer right now */
  inComposer: boolean;
  onContinue: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const [adding, setAdding] = useState(false);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const signed = note.status === 'SIGNED';
  const type = t(`tabs.notes.type.${note.noteType}`);
  const headingId = `note-${note.id}`;
  const facts = [
    when(note.occurredAt),
    note.durationMinutes !== null && note.durationMinutes !== undefined ? t('tabs.notes.minutes', { count: note.durationMinutes }) : null,
    note.place,
  ].filter(Boolean);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={headingId}
      id={recordElementId(note.id)}
      tabIndex={-1}
      style={highlighted ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0}>
            <Title order={3} size="h5" id={headingId}>
              {type}
            </Title>
            <Text size="sm" c="dimmed">
              {facts.join(' · ')}
            </Text>
          </Stack>
          <Group gap={4}>
            {note.lateEntry ? (
              <Badge color="orange" variant="filled" autoContrast tt="uppercase" leftSection={<IconClockExclamation size={14} aria-hidden />}>
                {t('tabs.notes.lateEntry')}
              </Badge>
            ) : null}
            {signed ? (
              <Badge color="green" variant="light" tt="none" leftSection={<IconSignature size={14} aria-hidden />}>
                {t('tabs.notes.signedBadge')}
              </Badge>
            ) : (
              <Badge color="gray" variant="outline" tt="none">
                {t('tabs.notes.draftBadge')}
              </Badge>
            )}
          </Group>
        </Group>
        {note.participants ? (
          <Text size="sm">
            <Text span size="sm" c="dimmed">
              {t('tabs.notes.participants')}:{' '}
            </Text>
            {note.participants}
          </Text>
        ) : null}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {note.narrative || t('tabs.notes.noNarrative')}
        </Text>
        <Text size="xs" c="dimmed">
          {signed && note.signedAt
            ? t('tabs.notes.signedBy', { name: note.author?.displayName ?? t('tabs.common.unknownStaff'), time: when(note.signedAt) })
            : t('tabs.notes.draftBy', { name: note.author?.displayName ?? t('tabs.common.unknownStaff'), time: when(note.updatedAt) })}
        </Text>
        {note.addenda.length ? (
          <Stack gap="xs" component="section" aria-label={t('tabs.notes.addendaLabel', { type })}>
            <Divider label={t('tabs.notes.addendaTitle', { count: note.addenda.length })} labelPosition="left" />
            {note.addenda.map((addendum) => (
              <Stack key={addendum.id} gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
                <Text size="xs" c="dimmed">
                  {t('tabs.notes.addendumBy', { name: addendum.author?.displayName ?? t('tabs.common.unknownStaff'), time: when(addendum.createdAt) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {addendum.text}
                </Text>
              </Stack>
            ))}
          </Stack>
        ) : null}
        {!signed && isMine && !inComposer ? (
          <Group>
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={onContinue}>
              {t('tabs.notes.continueDraft')}
            </Button>
          </Group>
        ) : null}
        {signed && canAddendum && !adding ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconFilePlus size={14} aria-hidden />}
              onClick={() => setAdding(true)}
              aria-label={t('tabs.notes.addAddendumNamed', { type, time: when(note.occurredAt) })}
            >
              {t('tabs.notes.addAddendum')}
            </Button>
          </Group>
        ) : null}
        {adding ? <AddendumForm noteId={note.id} onDone={() => setAdding(false)} /> : null}
      </Stack>
    </Card>
  );
}
