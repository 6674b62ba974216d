import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, EnrollmentStatus, MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
import { optionalText, textRule } from '../../shared/validators';
import { changeEnrollmentStatusMutation, closeEnrollmentMutation } from './enrollment.operations';

/** Moves an enrollment to one of its allowed next statuses; closing asks for the reason and the day. */
export function StatusDialog({
  enrollment,
  to,
  onClose,
  onReload,
}: {
  enrollment: EnrollmentFieldsFragment;
  to: EnrollmentStatus;
  onClose: () => void;
  /** After a CONFLICT: loads the latest and closes, to act on what is there now */
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const today = calendarDay(new Date());
  const closing = to === EnrollmentStatus.CLOSED;
  const [change, changeState] = useMutation(changeEnrollmentStatusMutation);
  const [close, closeState] = useMutation(closeEnrollmentMutation);
  const form = useForm({
    initialValues: { reason: '', date: today },
    validate: {
      reason: textRule(t, MEDIUM_TEXT_MAX_LENGTH, { required: closing }),
      date: (value) =>
        !value
          ? closing
            ? t('tabs.validation.date')
            : null
          : value > today
            ? t('tabs.enrollments.dateInFuture')
            : value < enrollment.openedOn
              ? t('tabs.enrollments.dateBeforeOpened')
              : null,
    },
  });
  const program = enrollment.program.name;
  const statusName = t(`tabs.enrollments.status.${to}`);

  const { submit, error } = useFormSubmit(
    form,
    async ({ reason, date }) => {
      const base = { enrollmentId: enrollment.id, version: enrollment.version };
      if (closing) await close({ variables: { input: { ...base, closeReason: reason.trim(), closedOn: date } } });
      else await change({ variables: { input: { ...base, status: to, reason: optionalText(reason), date: date || null } } });
      notifications.show({ color: 'green', message: t('tabs.enrollments.statusChanged', { program, status: statusName }) });
    },
    { onDone: onClose, aliases: { closeReason: 'reason', closedOn: 'date' } },
  );

  return (
    <FormDialog
      title={closing ? t('tabs.enrollments.closeTitle', { program }) : t('tabs.enrollments.statusTitle', { program, status: statusName })}
      submitLabel={closing ? t('tabs.enrollments.closeSubmit') : t('tabs.enrollments.statusSubmit', { status: statusName })}
      color={closing ? 'red' : 'blue'}
      loading={changeState.loading || closeState.loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Stack gap="sm">
        {closing ? <Text size="sm">{t('tabs.enrollments.closeText', { program })}</Text> : null}
        <Textarea
          label={closing ? t('tabs.enrollments.closeReason') : t('tabs.enrollments.statusReason')}
          required={closing}
          autosize
          minRows={2}
          maxLength={MEDIUM_TEXT_MAX_LENGTH}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <TextInput
          type="date"
          label={closing ? t('tabs.enrollments.closedOn') : t('tabs.enrollments.effectiveOn')}
          required={closing}
          min={enrollment.openedOn}
          max={today}
          {...form.getInputProps('date')}
        />
      </Stack>
    </FormDialog>
  );
}
