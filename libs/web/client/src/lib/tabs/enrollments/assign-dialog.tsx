import { NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ErrorState, type EnrollmentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
import { textRule } from '../../shared/validators';
import { assignCaseManagerMutation } from './enrollment.operations';
import { useWorkerOptions } from './use-workers';

/** A supervisor assigns or reassigns the primary case manager, seeing each worker's caseload; the change is kept in the history. */
export function AssignDialog({
  enrollment,
  onClose,
  onReload,
}: {
  enrollment: EnrollmentFieldsFragment;
  onClose: () => void;
  /** After a CONFLICT: loads the latest and closes, to act on what is there now */
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const [assign, { loading }] = useMutation(assignCaseManagerMutation);
  const workers = useWorkerOptions(true);
  const current = enrollment.primaryCaseManager?.id ?? '';
  const program = enrollment.program.name;
  const form = useForm({
    initialValues: { caseManagerId: '', reason: '' },
    validate: {
      caseManagerId: (value) => (!value ? t('tabs.enrollments.chooseWorker') : value === current ? t('tabs.enrollments.sameWorker') : null),
      reason: textRule(t, MEDIUM_TEXT_MAX_LENGTH, { required: true }),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ caseManagerId, reason }) => {
      await assign({ variables: { input: { enrollmentId: enrollment.id, version: enrollment.version, caseManagerId, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('tabs.enrollments.assigned', { program }) });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog
      title={t('tabs.enrollments.assignTitle', { program })}
      submitLabel={t('tabs.enrollments.assignSubmit')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Stack gap="sm">
        <Text size="sm">
          {enrollment.primaryCaseManager
            ? t('tabs.enrollments.currentWorker', { name: enrollment.primaryCaseManager.displayName })
            : t('tabs.enrollments.noWorkerYet')}
        </Text>
        {workers.error ? <ErrorState error={workers.error} onRetry={() => void workers.refetch()} /> : null}
        <NativeSelect
          label={t('tabs.enrollments.newWorker')}
          required
          data-autofocus
          data={[{ value: '', label: workers.loading ? t('tabs.enrollments.loadingWorkers') : t('tabs.enrollments.chooseWorker'), disabled: true }, ...workers.options]}
          {...form.getInputProps('caseManagerId')}
        />
        <Textarea label={t('tabs.enrollments.assignReason')} required autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('reason')} />
      </Stack>
    </FormDialog>
  );
}
