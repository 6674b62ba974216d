import { Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorState, useSessionState } from '@waymark/web/core';
import { FormDialog, useFormSubmit, useWorkerOptions } from '@waymark/web/client';
import type { TaskItem } from './task-item';
import { useTaskTitle } from './task-title';
import { dropReassignedTask, TASK_COUNT_QUERIES } from './task-lists';
import { reassignTaskMutation } from './worklist.operations';

/** A supervisor hands a task to another worker (each shown with their caseload, to balance it). */
export function ReassignTaskDialog({ task, onClose, onDone }: { task: TaskItem; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('carePlan');
  const title = useTaskTitle()(task);
  const { t: tc } = useTranslation('client');
  const { user } = useSessionState();
  const workers = useWorkerOptions(true);
  const [reassign, { loading }] = useMutation(reassignTaskMutation, {
    update: (cache, { data }) => dropReassignedTask(cache, task.id, data?.reassignTask.assignee?.id ?? null, user?.id ?? null),
    refetchQueries: TASK_COUNT_QUERIES,
  });
  const form = useForm({
    initialValues: { assigneeId: task.assignee?.id ?? '' },
    validate: { assigneeId: (value) => (value ? null : tc('tabs.validation.required')) },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ assigneeId }) => {
      const { data } = await reassign({ variables: { input: { taskId: task.id, version: task.version, assigneeId } } });
      notifications.show({ color: 'green', message: t('worklist.reassign.done', { title, name: data?.reassignTask.assignee?.displayName ?? '' }) });
    },
    { onDone },
  );
  return (
    <FormDialog title={t('worklist.reassign.title', { title })} submitLabel={t('worklist.reassign.submit')} loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      {workers.error ? <ErrorState error={workers.error} onRetry={() => void workers.refetch()} /> : null}
      <Select
        label={t('worklist.reassign.assignee')}
        required
        searchable
        data={workers.options}
        disabled={workers.loading}
        data-autofocus
        {...form.getInputProps('assigneeId')}
      />
    </FormDialog>
  );
}
