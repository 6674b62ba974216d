import { List, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { FormDialog, textRule, useFormSubmit, useWorkerOptions } from '@waymark/web/client';
import { TASK_LIST_QUERIES } from '../worklist/task-lists';
import { reassignEnrollmentsMutation } from './supervision.operations';
import type { WorkerCase } from './worker-cases';

/** Every list a moved case or its handed-over tasks show in: the balance, the cases, the worklists and the pickers' caseloads. */
const AFTER_REASSIGNING = ['SupervisionBalance', 'SupervisionWorkerCases', 'CaseloadWorkers', ...TASK_LIST_QUERIES];

/**
 * Hands several cases to one worker, all or nothing: the picker shows each worker's caseload
 * so the choice balances it, and the reason is kept with every case's assignment history.
 */
export function BulkReassignDialog({
  fromWorkerId,
  cases,
  onClose,
  onReload,
  onDone,
}: {
  fromWorkerId: string;
  cases: WorkerCase[];
  onClose: () => void;
  /** After a CONFLICT: loads the cases again and closes */
  onReload: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const workers = useWorkerOptions(true);
  const [reassign, { loading }] = useMutation(reassignEnrollmentsMutation, { refetchQueries: AFTER_REASSIGNING, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { caseManagerId: '', reason: '' },
    validate: {
      caseManagerId: (value) => (!value ? t('supervision.reassign.chooseWorker') : value === fromWorkerId ? t('supervision.reassign.sameWorker') : null),
      reason: textRule(tc, MEDIUM_TEXT_MAX_LENGTH, { required: true }),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ caseManagerId, reason }) => {
      const enrollments = cases.map(({ enrollmentId, version }) => ({ enrollmentId, version }));
      const { data } = await reassign({ variables: { input: { enrollments, caseManagerId, reason: reason.trim() } } });
      const name = data?.reassignEnrollments[0]?.primaryCaseManager?.displayName ?? '';
      notifications.show({ color: 'green', message: t('supervision.reassign.done', { count: cases.length, name }) });
    },
    { onDone },
  );
  const options = workers.options.filter((option) => option.value !== fromWorkerId);
  return (
    <FormDialog
      title={t('supervision.reassign.title', { count: cases.length })}
      submitLabel={t('supervision.reassign.submit', { count: cases.length })}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Stack gap="sm">
        <Text size="sm">{t('supervision.reassign.cases')}</Text>
        <List size="sm" spacing={2} mah={160} style={{ overflowY: 'auto' }}>
          {cases.map((item) => (
            <List.Item key={item.enrollmentId}>{t('supervision.reassign.case', { client: item.client.displayName, program: item.programName })}</List.Item>
          ))}
        </List>
        {workers.error ? <ErrorState error={workers.error} onRetry={() => void workers.refetch()} /> : null}
        <NativeSelect
          label={t('supervision.reassign.newWorker')}
          description={t('supervision.reassign.newWorkerHint')}
          required
          data-autofocus
          data={[{ value: '', label: workers.loading ? tc('tabs.enrollments.loadingWorkers') : t('supervision.reassign.chooseWorker'), disabled: true }, ...options]}
          {...form.getInputProps('caseManagerId')}
        />
        <Textarea label={t('supervision.reassign.reason')} required autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('reason')} />
      </Stack>
    </FormDialog>
  );
}
