import { Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { useDraft } from '@waymark/web/core';
import { ActionError } from '../../shared/action-error';
import { FormActions } from '../../shared/form-actions';
import { useFormSubmit } from '../../shared/use-form-submit';
import { textRule } from '../../shared/validators';
import { addCaseNoteAddendumMutation } from './note.operations';

/** Where an addendum being typed is kept on this device, so a reload does not lose it. */
export function addendumDraftKey(noteId: string): string {
  return `addendum:${noteId}`;
}

/** Corrects a signed note by appending to it; the note itself never changes. */
export function AddendumForm({ noteId, onDone }: { noteId: string; onDone: () => void }) {
  const { t } = useTranslation('client');
  const [add, { loading }] = useMutation(addCaseNoteAddendumMutation);
  const draft = useDraft(addendumDraftKey(noteId), { text: '' });
  const form = useForm({
    initialValues: draft.initialValues,
    validate: { text: textRule(t, LONG_TEXT_MAX_LENGTH, { required: true }) },
    onValuesChange: draft.save,
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ text }) => {
      await add({ variables: { input: { noteId, text: text.trim() } } });
      draft.clear();
      notifications.show({ color: 'green', message: t('tabs.notes.addendumAdded') });
    },
    { onDone },
  );
  const cancel = () => {
    draft.clear();
    onDone();
  };
  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !loading) {
          event.stopPropagation();
          cancel();
        }
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
          data-autofocus
          autoFocus
          {...form.getInputProps('text')}
        />
        <ActionError error={error} />
        <FormActions inline size="xs" submitLabel={t('tabs.notes.addendumSubmit')} loading={loading} onCancel={cancel} />
      </Stack>
    </form>
  );
}
