import { useState } from 'react';
import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, EnrollmentStatus, MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { showFieldErrors } from '../../shared/field-errors';
import { optionalText, textRule } from '../../shared/validators';
import { changeEnrollmentStatusMutation, closeEnrollmentMutation } from './enrollment.operations';

interface StatusValues extends Record<string, unknown> {
  reason: string;
  date: string;
}

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
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const today = calendarDay(new Date());
  const closing = to === EnrollmentStatus.CLOSED;
  const [error, setError] = useState<unknown>(null);
  const [change, changeState] = useMutation(changeEnrollmentStatusMutation);
  const [close, closeState] = useMutation(closeEnrollmentMutation);
  const form = useForm<StatusValues>({
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

  const confirm = form.onSubmit(async ({ reason, date }) => {
    setError(null);
    const base = { enrollmentId: enrollment.id, version: enrollment.version };
    try {
      if (closing) await close({ variables: { input: { ...base, closeReason: reason.trim(), closedOn: date } } });
      else await change({ variables: { input: { ...base, status: to, reason: optionalText(reason), date: date || null } } });
      notifications.show({ color: 'green', message: t('tabs.enrollments.statusChanged', { program, status: statusName }) });
      onClose();
    } catch (failure) {
      if (!showFieldErrors(form, failure, t('tabs.validation.rejected'), { closeReason: 'reason', closedOn: 'date' })) setError(failure);
    }
  });

  return (
    <ConfirmDialog
      opened
      title={closing ? t('tabs.enrollments.closeTitle', { program }) : t('tabs.enrollments.statusTitle', { program, status: statusName })}
      confirmLabel={closing ? t('tabs.enrollments.closeSubmit') : t('tabs.enrollments.statusSubmit', { status: statusName })}
      color={closing ? 'red' : 'blue'}
      loading={changeState.loading || closeState.loading}
      error={error}
      onConfirm={() => confirm()}
      onClose={onClose}
      onReload={() => {
        onReload();
        onClose();
      }}
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
    </ConfirmDialog>
  );
}
