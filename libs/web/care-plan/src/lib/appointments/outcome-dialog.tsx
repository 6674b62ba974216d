import { Checkbox, NativeSelect, Radio, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  APPOINTMENT_CANCELLERS,
  APPOINTMENT_STATUS_TRANSITIONS,
  type AppointmentCanceller,
  type AppointmentStatus,
  endsNotAfterStart,
  LONG_TEXT_MAX_LENGTH,
  outcomeTooEarly,
} from '@waymark/shared/types';
import { FormDialog, fromLocalDateTime, toLocalDateTime, useFormSubmit } from '@waymark/web/client';
import type { AppointmentFieldsFragment } from '@waymark/web/core';
import { useAppointmentLabel } from './appointment-label';
import { recordAppointmentOutcomeMutation } from './appointments.operations';

interface OutcomeValues extends Record<string, unknown> {
  outcome: AppointmentStatus;
  note: string;
  cancelledBy: AppointmentCanceller | '';
  startFollowUp: boolean;
  reschedule: { startsAt: string; endsAt: string; pickupAt: string };
}

/**
 * The outcome of an appointment: kept or missed once it has begun (a missed one may start a
 * follow-up), cancelled by whom, or rescheduled to a new time — the moves the shared status
 * machine allows from where it stands. `rescheduling` opens it on a new time.
 */
export function OutcomeDialog({
  appointment,
  rescheduling,
  onClose,
  onReload,
  onDone,
}: {
  appointment: AppointmentFieldsFragment;
  rescheduling?: boolean;
  onClose: () => void;
  onReload: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const label = useAppointmentLabel()(appointment);
  const [record, { loading }] = useMutation(recordAppointmentOutcomeMutation);
  const now = new Date();
  const allowed = APPOINTMENT_STATUS_TRANSITIONS[appointment.status].filter((outcome) => !outcomeTooEarly(outcome, appointment.startsAt, now));
  const offered = rescheduling ? (['RESCHEDULED'] as AppointmentStatus[]) : allowed.filter((outcome) => outcome !== 'RESCHEDULED');
  const duration = new Date(appointment.endsAt).getTime() - new Date(appointment.startsAt).getTime();
  const form = useForm<OutcomeValues>({
    initialValues: {
      outcome: offered[0] ?? 'CANCELLED',
      note: '',
      cancelledBy: '',
      startFollowUp: true,
      reschedule: { startsAt: toLocalDateTime(appointment.startsAt), endsAt: toLocalDateTime(appointment.endsAt), pickupAt: toLocalDateTime(appointment.transport?.pickupAt) },
    },
    validate: {
      cancelledBy: (value, values) => (values.outcome === 'CANCELLED' && !value ? t('appointments.form.required') : null),
      reschedule: {
        startsAt: (value, values) => (values.outcome === 'RESCHEDULED' && !fromLocalDateTime(value) ? t('appointments.form.required') : null),
        endsAt: (value, values) => {
          if (values.outcome !== 'RESCHEDULED') return null;
          const [start, end] = [fromLocalDateTime(values.reschedule.startsAt), fromLocalDateTime(value)];
          if (!end) return t('appointments.form.required');
          return start && endsNotAfterStart(start, end) ? t('appointments.form.endsBeforeStart') : null;
        },
      },
    },
  });
  const values = form.getValues();
  const { submit, error } = useFormSubmit(
    form,
    async ({ outcome, note, cancelledBy, startFollowUp, reschedule }) => {
      await record({
        variables: {
          input: {
            appointmentId: appointment.id,
            version: appointment.version,
            outcome,
            note: note.trim() || null,
            cancelledBy: outcome === 'CANCELLED' ? cancelledBy || null : null,
            startFollowUp: outcome === 'MISSED' ? startFollowUp : false,
            reschedule:
              outcome === 'RESCHEDULED'
                ? { startsAt: fromLocalDateTime(reschedule.startsAt) ?? '', endsAt: fromLocalDateTime(reschedule.endsAt) ?? '', pickupAt: fromLocalDateTime(reschedule.pickupAt) }
                : null,
          },
        },
      });
      notifications.show({ color: 'green', message: t(outcome === 'RESCHEDULED' ? 'appointments.outcomeDialog.rescheduled' : 'appointments.outcomeDialog.done') });
    },
    { onDone },
  );
  return (
    <FormDialog
      title={t(rescheduling ? 'appointments.outcomeDialog.rescheduleTitle' : 'appointments.outcomeDialog.title', { label })}
      submitLabel={t(rescheduling ? 'appointments.outcomeDialog.rescheduleSubmit' : 'appointments.outcomeDialog.submit')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Stack gap="sm">
        {rescheduling ? null : (
          <>
            <Radio.Group label={t('appointments.outcomeDialog.outcome')} required {...form.getInputProps('outcome')}>
              <Group gap="md" mt={4}>
                {offered.map((outcome, i) => (
                  <Radio key={outcome} value={outcome} label={t(`appointments.status.${outcome}`)} data-autofocus={i === 0 || undefined} />
                ))}
              </Group>
            </Radio.Group>
            {allowed.length < APPOINTMENT_STATUS_TRANSITIONS[appointment.status].length ? (
              <Text size="sm" c="dimmed">
                {t('appointments.outcomeDialog.notYet')}
              </Text>
            ) : null}
          </>
        )}
        {values.outcome === 'CANCELLED' ? (
          <NativeSelect
            label={t('appointments.outcomeDialog.cancelledBy')}
            required
            data={[{ value: '', label: '' }, ...APPOINTMENT_CANCELLERS.map((who) => ({ value: who, label: t(`appointments.canceller.${who}`) }))]}
            {...form.getInputProps('cancelledBy')}
          />
        ) : null}
        {values.outcome === 'MISSED' ? <Checkbox label={t('appointments.outcomeDialog.startFollowUp')} {...form.getInputProps('startFollowUp', { type: 'checkbox' })} /> : null}
        {values.outcome === 'RESCHEDULED' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('appointments.outcomeDialog.newStartsAt')}
              required
              data-autofocus
              {...form.getInputProps('reschedule.startsAt')}
              onChange={(event) => {
                const startsAt = event.currentTarget.value;
                form.setFieldValue('reschedule.startsAt', startsAt);
                const start = fromLocalDateTime(startsAt);
                // The new end keeps the length of the old appointment.
                if (start) form.setFieldValue('reschedule.endsAt', toLocalDateTime(new Date(new Date(start).getTime() + duration)));
              }}
            />
            <TextInput type="datetime-local" label={t('appointments.outcomeDialog.newEndsAt')} required {...form.getInputProps('reschedule.endsAt')} />
            {appointment.transport ? <TextInput type="datetime-local" label={t('appointments.outcomeDialog.newPickupAt')} {...form.getInputProps('reschedule.pickupAt')} /> : null}
          </SimpleGrid>
        ) : null}
        <Textarea label={t('appointments.outcomeDialog.note')} autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('note')} />
      </Stack>
    </FormDialog>
  );
}
