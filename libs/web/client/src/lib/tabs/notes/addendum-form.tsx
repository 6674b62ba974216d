import { useState } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ActionError } from '../../shared/action-error';
import { textRule } from '../../shared/validators';
import { addCaseNoteAddendumMutation } from './note.operations';

/** Corrects a signed note by appending to it; the note itself never changes. */
export function AddendumForm({ noteId, onDone }: { noteId: string; onDone: () => void }) {
  const { t } = useTranslation('client');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [add, { loading }] = useMutation(addCaseNoteAddendumMutation);
  const submit = async () => {
    const found = textRule(t, LONG_TEXT_MAX_LENGTH, { required: true })(text);
    setProblem(found);
    if (found) return;
    setError(null);
    try {
      await add({ variables: { input: { noteId, text: text.trim() } } });
      notifications.show({ color: 'green', message: t('tabs.notes.addendumAdded') });
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('tabs.notes.addendumLabel')}
          description={t('tabs.notes.addendumHint')}
          required
          autosize
          minRows={3}
          maxLength={LONG_TEXT_MAX_LENGTH}
          value={text}
          error={problem}
          data-autofocus
          autoFocus
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <ActionError error={error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={loading}>
            {t('tabs.notes.addendumSubmit')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('tabs.common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
