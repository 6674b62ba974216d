import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { FormDialog, optionalText, textRule, useFormSubmit } from '@waymark/web/client';
import type { TaskItem } from './task-item';
import { useTaskTitle } from './task-title';
import { dropClosedTask, TASK_COUNT_QUERIES } from './task-lists';
import { completeTaskMutation } from './worklist.operations';

/** Marks a task done, with an optional note on what was done. */
export function CompleteTaskDialog({ task, onClose, onDone }: { task: TaskItem; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('carePlan');
  const title = useTaskTitle()(task);
  const { t: tc } = useTranslation('client');
  const [complete, { loading }] = useMutation(completeTaskMutation, { update: (cache) => dropClosedTask(cache, task.id), refetchQueries: TASK_COUNT_QUERIES });
  const form = useForm({ initialValues: { note: '' }, validate: { note: textRule(tc, LONG_TEXT_MAX_LENGTH) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ note }) => {
      await complete({ variables: { input: { taskId: task.id, version: task.version, note: optionalText(note) } } });
      notifications.show({ color: 'green', message: t('worklist.complete.done', { title }) });
    },
    { onDone },
  );
  return (
    <FormDialog title={t('worklist.complete.title', { title })} submitLabel={t('worklist.complete.submit')} loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      <Textarea
        label={t('worklist.complete.note')}
        description={t('worklist.complete.noteHint')}
        autosize
        minRows={2}
        maxLength={LONG_TEXT_MAX_LENGTH}
        data-autofocus
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
