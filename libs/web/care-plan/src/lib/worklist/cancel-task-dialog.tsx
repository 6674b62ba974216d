import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { FormDialog, textRule, useFormSubmit } from '@waymark/web/client';
import type { TaskItem } from './task-item';
import { useTaskTitle } from './task-title';
import { dropClosedTask, TASK_COUNT_QUERIES } from './task-lists';
import { cancelTaskMutation } from './worklist.operations';

/** Drops a task that is no longer needed, saying why. */
export function CancelTaskDialog({ task, onClose, onDone }: { task: TaskItem; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('carePlan');
  const title = useTaskTitle()(task);
  const { t: tc } = useTranslation('client');
  const [cancel, { loading }] = useMutation(cancelTaskMutation, { update: (cache) => dropClosedTask(cache, task.id), refetchQueries: TASK_COUNT_QUERIES });
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: textRule(tc, LONG_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ reason }) => {
      await cancel({ variables: { input: { taskId: task.id, version: task.version, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('worklist.cancel.done', { title }) });
    },
    { onDone },
  );
  return (
    <FormDialog title={t('worklist.cancel.title', { title })} submitLabel={t('worklist.cancel.submit')} color="red" loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      <Textarea label={t('worklist.cancel.reason')} required autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} data-autofocus {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
