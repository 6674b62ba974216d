import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconSignature, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  isLateEntry,
  LONG_TEXT_MAX_LENGTH,
  NOTE_PARTICIPANTS_MAX_LENGTH,
  NOTE_TYPES,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import { getErrorInfo, type CaseNoteFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../../shared/form-dialog';
import { showFieldErrors } from '../../shared/field-errors';
import { fromLocalDateTime, toLocalDateTime } from '../../shared/date-time-input';
import { discardCaseNoteDraftMutation, signCaseNoteMutation } from './note.operations';
import { composerFromNote, draftProblems, hasContent, signProblems, type ComposerValues } from './note-values';
import { SaveStatusLine } from './save-status';
import { useNoteAutosave } from './use-note-autosave';

export type ComposerEnd = 'signed' | 'discarded' | 'closed';

/**
 * The note composer. Every change is kept on this device at once (a reload, a lost
 * connection or a locked screen lose nothing) and sent to the server as a draft when typing
 * pauses, so the draft also survives signing out. Signing locks the note.
 */
export function NoteComposer({
  clientId,
  initial,
  synced,
  restored,
  lateEntryDays,
  onKeepLocal,
  onForgetLocal,
  onEnd,
}: {
  clientId: string;
  initial: ComposerValues;
  /** `initial` is what the server holds (opened from the list), not a device copy that may be ahead of it */
  synced: boolean;
  /** `initial` came back from this device after a reload or a new sign-in */
  restored: boolean;
  /** The agency's late-entry limit, once known */
  lateEntryDays: number | null;
  onKeepLocal: (values: ComposerValues) => void;
  onForgetLocal: () => void;
  onEnd: (how: ComposerEnd) => void;
}) {
  const { t } = useTranslation('client');
  const [confirming, setConfirming] = useState<'sign' | 'discard' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [closing, setClosing] = useState(false);
  // Said by the Sign button, where the worker is looking, not only in the status line at the top.
  const [signUnsaved, setSignUnsaved] = useState(false);
  const [sign, signState] = useMutation(signCaseNoteMutation, { refetchQueries: ['CaseNotes', 'MyDraftNotes'] });
  const [discard, discardState] = useMutation(discardCaseNoteDraftMutation, { refetchQueries: ['CaseNotes', 'MyDraftNotes'] });
  const headingRef = useRef<HTMLHeadingElement>(null);

  const form = useForm<ComposerValues>({
    initialValues: initial,
    onValuesChange: (values) => {
      onKeepLocal(values);
      form.setErrors(draftProblems(values, t));
      autosave.schedule(values);
    },
  });
  const autosave = useNoteAutosave({
    clientId,
    initial,
    initialSynced: synced,
    onSaved: (note: CaseNoteFieldsFragment) => {
      // The device copy learns the draft's id and version, so a reload updates the same draft.
      const values = { ...form.getValues(), noteId: note.id, version: note.version };
      form.setFieldValue('noteId', note.id);
      form.setFieldValue('version', note.version);
      onKeepLocal(values);
    },
    onRejected: (failure) => showFieldErrors(form, failure, t('tabs.validation.rejected')),
  });

  // A copy from this device may hold typing the server never got: send it.
  useEffect(() => {
    if (restored) autosave.schedule(initial);
    headingRef.current?.focus();
    // Once, when the composer opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const values = form.values;
  const occurredAt = fromLocalDateTime(values.occurredAt);
  const late = lateEntryDays !== null && !!occurredAt && isLateEntry(occurredAt, new Date(), lateEntryDays);
  const blocked = ['conflict', 'locked', 'gone'].includes(autosave.status.kind);

  const startSigning = async () => {
    setActionError(null);
    setSignUnsaved(false);
    const problems = signProblems(form.getValues(), t);
    form.setErrors(problems);
    if (Object.keys(problems).length) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-note-composer] [aria-invalid="true"]')?.focus());
      return;
    }
    const saved = await autosave.flush();
    if (saved) setConfirming('sign');
    else setSignUnsaved(true);
  };
  const confirmSign = async () => {
    setActionError(null);
    const saved = await autosave.flush();
    if (!saved) {
      setConfirming(null);
      setSignUnsaved(true);
      return;
    }
    try {
      const { data } = await sign({ variables: { input: { noteId: saved.noteId, version: saved.version } } });
      onForgetLocal();
      notifications.show({
        color: 'green',
        message: data?.signCaseNote.lateEntry ? t('tabs.notes.signedLate') : t('tabs.notes.signed'),
      });
      setConfirming(null);
      onEnd('signed');
    } catch (failure) {
      const info = getErrorInfo(failure);
      if (info.kind === 'CONFLICT') {
        // Changed in another window: the status line offers to keep this text or load that one.
        autosave.report({ kind: 'conflict' });
        setConfirming(null);
      } else if (info.kind === 'BAD_USER_INPUT' && showFieldErrors(form, failure, t('tabs.validation.rejected'))) setConfirming(null);
      else if (info.kind === 'NETWORK') {
        setConfirming(null);
        setSignUnsaved(true);
      } else setActionError(failure);
    }
  };
  const confirmDiscard = async () => {
    setActionError(null);
    const id = form.getValues().noteId;
    try {
      if (id) {
        // Whatever is in flight must land first, so the version sent is the latest.
        await autosave.flush();
        await discard({ variables: { input: { noteId: id, version: form.getValues().version } } });
      }
      onForgetLocal();
      notifications.show({ color: 'green', message: t('tabs.notes.discarded') });
      setConfirming(null);
      onEnd('discarded');
    } catch (failure) {
      if (getErrorInfo(failure).kind === 'NOT_FOUND') {
        onForgetLocal();
        setConfirming(null);
        onEnd('discarded');
      } else setActionError(failure);
    }
  };
  const saveAndClose = async () => {
    if (autosave.status.kind === 'locked') {
      // Signed elsewhere: nothing here can be saved any more.
      onForgetLocal();
      onEnd('closed');
      return;
    }
    setClosing(true);
    const current = form.getValues();
    const saved = hasContent(current) ? await autosave.flush() : null;
    setClosing(false);
    if (!hasContent(current)) onForgetLocal();
    else if (saved) {
      onForgetLocal();
      notifications.show({ color: 'green', message: t('tabs.notes.closedSaved') });
    } else {
      // Not on the server yet: the device copy stays and reopens with the composer.
      notifications.show({ color: 'yellow', message: t('tabs.notes.closedLocal') });
    }
    onEnd('closed');
  };
  /** After CONFLICT: this device's text wins, sent over the version saved meanwhile (a signed one refuses it). */
  const keepMine = async () => {
    const latest = await autosave.fetchLatest();
    if (!latest) return;
    autosave.adopt(latest.id, latest.version, null);
    autosave.schedule(form.getValues());
    await autosave.flush();
  };
  const loadSaved = async () => {
    const latest = await autosave.fetchLatest();
    if (!latest) return;
    const fresh = composerFromNote(latest);
    autosave.adopt(latest.id, latest.version, fresh);
    form.setValues(fresh);
  };
  const saveAsNew = async () => {
    autosave.adopt(null, 0, null);
    form.setFieldValue('noteId', '');
    form.setFieldValue('version', 0);
    autosave.schedule({ ...form.getValues(), noteId: '', version: 0 });
    await autosave.flush();
  };

  const typeOptions = [
    { value: '', label: t('tabs.notes.chooseType'), disabled: true },
    ...NOTE_TYPES.map((type) => ({ value: type, label: t(`tabs.notes.type.${type}`) })),
  ];
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="note-composer-heading" data-note-composer>
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id="note-composer-heading" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {t('tabs.notes.composerTitle')}
          </Title>
          <SaveStatusLine
            status={autosave.status}
            onKeepMine={() => void keepMine()}
            onUseSaved={() => void loadSaved()}
            onSaveAsNew={() => void saveAsNew()}
            onRetry={() => void autosave.flush()}
          />
        </Group>
        {restored ? (
          <Alert color="blue" variant="light" role="status">
            {t('tabs.notes.restored')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <NativeSelect label={t('tabs.notes.typeLabel')} required data={typeOptions} disabled={blocked} {...form.getInputProps('noteType')} />
          <TextInput
            type="datetime-local"
            label={t('tabs.notes.occurredAt')}
            required
            max={toLocalDateTime(new Date())}
            disabled={blocked}
            {...form.getInputProps('occurredAt')}
          />
          <TextInput
            label={t('tabs.notes.duration')}
            description={t('tabs.notes.durationHint')}
            inputMode="numeric"
            maxLength={4}
            disabled={blocked}
            {...form.getInputProps('durationMinutes')}
          />
        </SimpleGrid>
        {late ? (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} role="status">
            {t('tabs.notes.lateWarning', { count: lateEntryDays ?? 0 })}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('tabs.notes.place')} maxLength={SHORT_TEXT_MAX_LENGTH} disabled={blocked} {...form.getInputProps('place')} />
          <Textarea
            label={t('tabs.notes.participants')}
            description={t('tabs.notes.participantsHint')}
            autosize
            minRows={1}
            maxRows={4}
            maxLength={NOTE_PARTICIPANTS_MAX_LENGTH}
            disabled={blocked}
            {...form.getInputProps('participants')}
          />
        </SimpleGrid>
        <Textarea
          label={t('tabs.notes.narrative')}
          required
          autosize
          minRows={6}
          maxRows={20}
          maxLength={LONG_TEXT_MAX_LENGTH}
          readOnly={blocked}
          {...form.getInputProps('narrative')}
        />
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => {
              setActionError(null);
              setConfirming('discard');
            }}
          >
            {t('tabs.notes.discard')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={() => void saveAndClose()} loading={closing}>
              {autosave.status.kind === 'locked' ? t('tabs.notes.close') : t('tabs.notes.saveAndClose')}
            </Button>
            <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={() => void startSigning()} disabled={blocked}>
              {t('tabs.notes.sign')}
            </Button>
          </Group>
        </Group>
        {signUnsaved ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {t('tabs.notes.signUnsaved')}
          </Alert>
        ) : null}
      </Stack>

      <FormDialog
        opened={confirming === 'sign'}
        title={t('tabs.notes.signTitle')}
        submitLabel={t('tabs.notes.signConfirm')}
        loading={signState.loading}
        error={actionError}
        onSubmit={() => void confirmSign()}
        onClose={() => setConfirming(null)}
      >
        <Text size="sm">{t('tabs.notes.signText')}</Text>
        {late ? (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('tabs.notes.lateSignWarning', { count: lateEntryDays ?? 0 })}
          </Alert>
        ) : null}
      </FormDialog>
      <FormDialog
        opened={confirming === 'discard'}
        title={t('tabs.notes.discardTitle')}
        submitLabel={t('tabs.notes.discardConfirm')}
        color="red"
        loading={discardState.loading}
        error={actionError}
        onSubmit={() => void confirmDiscard()}
        onClose={() => setConfirming(null)}
      >
        <Text size="sm">{t('tabs.notes.discardText')}</Text>
      </FormDialog>
    </Card>
  );
}
