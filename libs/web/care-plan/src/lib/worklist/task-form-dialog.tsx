import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH, TASK_PRIORITIES, TaskPriority } from '@waymark/shared/types';
import { useSessionState } from '@waymark/web/core';
import { ClientPicker, FormDialog, optionalText, textRule, useFormSubmit, useWorkerOptions } from '@waymark/web/client';
import type { TaskItem } from './task-item';
import { TASK_LIST_QUERIES } from './task-lists';
import { createTaskMutation, updateTaskMutation } from './worklist.operations';
import { overseesWork } from './task-roles';

interface TaskValues extends Record<string, unknown> {
  title: string;
  details: string;
  dueOn: string;
  priority: TaskPriority;
  clientId: string | null;
  assigneeId: string;
}

/**
 * A new task (for a client or not; a supervisor may give it to someone else), or the changes
 * to one: what, details, when it is due and its priority. Who and which client stay as they are.
 */
export function TaskFormDialog({ task, onClose, onDone = onClose }: { task?: TaskItem; onClose: () => void; onDone?: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const { user } = useSessionState();
  const assigns = !task && overseesWork(user?.role);
  const workers = useWorkerOptions(assigns);
  const [create, createState] = useMutation(createTaskMutation, { refetchQueries: TASK_LIST_QUERIES });
  const [update, updateState] = useMutation(updateTaskMutation, { refetchQueries: TASK_LIST_QUERIES });
  const form = useForm<TaskValues>({
    initialValues: {
      title: task?.title ?? '',
      details: task?.details ?? '',
      dueOn: task?.dueOn ?? calendarDay(new Date()),
      priority: task?.priority ?? TaskPriority.NORMAL,
      clientId: null,
      assigneeId: user?.id ?? '',
    },
    validate: {
      title: textRule(tc, SHORT_TEXT_MAX_LENGTH, { required: true }),
      details: textRule(tc, LONG_TEXT_MAX_LENGTH),
      dueOn: (value) => (value ? null : tc('tabs.validation.date')),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ title, details, dueOn, priority, clientId, assigneeId }) => {
      const fields = { title: title.trim(), details: optionalText(details), dueOn, priority };
      if (task) {
        await update({ variables: { input: { taskId: task.id, version: task.version, ...fields } } });
        notifications.show({ color: 'green', message: t('worklist.form.saved', { title: fields.title }) });
      } else {
        await create({ variables: { input: { ...fields, clientId, assigneeId: assigns ? assigneeId || null : null } } });
        notifications.show({ color: 'green', message: t('worklist.form.created', { title: fields.title }) });
      }
    },
    { onDone },
  );
  const assigneeOptions = [
    { value: user?.id ?? '', label: t('worklist.form.me', { name: user?.displayName ?? '' }) },
    ...workers.options.filter((option) => option.value !== user?.id),
  ];
  return (
    <FormDialog
      title={task ? t('worklist.form.editTitle', { title: task.title }) : t('worklist.form.createTitle')}
      submitLabel={task ? t('worklist.form.save') : t('worklist.form.create')}
      loading={createState.loading || updateState.loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack gap="sm">
        <TextInput label={t('worklist.form.title')} required maxLength={SHORT_TEXT_MAX_LENGTH} data-autofocus {...form.getInputProps('title')} />
        <Textarea label={t('worklist.form.details')} autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('details')} />
        <TextInput type="date" label={t('worklist.form.dueOn')} required {...form.getInputProps('dueOn')} />
        <Select
          label={t('worklist.form.priority')}
          required
          allowDeselect={false}
          data={TASK_PRIORITIES.map((priority) => ({ value: priority, label: t(`worklist.priority.${priority}`) }))}
          {...form.getInputProps('priority')}
        />
        {task ? null : <ClientPicker value={form.values.clientId} onChange={(clientId) => form.setFieldValue('clientId', clientId)} />}
        {assigns ? (
          <Select label={t('worklist.form.assignee')} searchable allowDeselect={false} data={assigneeOptions} {...form.getInputProps('assigneeId')} />
        ) : null}
      </Stack>
    </FormDialog>
  );
}
