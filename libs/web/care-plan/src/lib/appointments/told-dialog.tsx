import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_METHODS, type NotificationMethod } from '@waymark/shared/types';
import { FormDialog, fromLocalDateTime, toLocalDateTime, useFormSubmit } from '@waymark/web/client';
import type { AppointmentFieldsFragment } from '@waymark/web/core';
import { markAppointmentPartyToldMutation } from './appointments.operations';

type Party = AppointmentFieldsFragment['parties'][number];

/** Records that someone who must know of the appointment was told: when and how. */
export function ToldDialog({ appointment, party, onClose, onReload }: { appointment: AppointmentFieldsFragment; party: Party; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('carePlan');
  const who = party.name ? `${t(`appointments.party.${party.party}`)} (${party.name})` : t(`appointments.party.${party.party}`);
  const [mark, { loading }] = useMutation(markAppointmentPartyToldMutation);
  const form = useForm<{ toldAt: string; method: NotificationMethod }>({
    initialValues: { toldAt: toLocalDateTime(new Date()), method: 'PHONE' },
    validate: {
      toldAt: (value) => {
        const at = fromLocalDateTime(value);
        if (!at) return t('appointments.form.required');
        return at > new Date(Date.now() + 60_000).toISOString() ? t('appointments.toldDialog.inFuture') : null;
      },
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ toldAt, method }) => {
      await mark({ variables: { input: { appointmentId: appointment.id, version: appointment.version, partyId: party.id, toldAt: fromLocalDateTime(toldAt) ?? '', method } } });
      notifications.show({ color: 'green', message: t('appointments.toldDialog.done', { party: who }) });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog
      title={t('appointments.toldDialog.title', { party: who })}
      submitLabel={t('appointments.toldDialog.submit')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput type="datetime-local" label={t('appointments.toldDialog.toldAt')} required max={toLocalDateTime(new Date())} data-autofocus {...form.getInputProps('toldAt')} />
        <NativeSelect
          label={t('appointments.toldDialog.method')}
          required
          data={NOTIFICATION_METHODS.map((method) => ({ value: method, label: t(`appointments.method.${method}`) }))}
          {...form.getInputProps('method')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
