import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_KINDS, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { FormDialog, useFormSubmit } from '@waymark/web/client';
import { type BookingValues, bookingInput, bookingRules, emptyBooking } from './appointment-form-values';
import { bookAppointmentMutation } from './appointments.operations';
import { PartiesFields } from './parties-fields';
import { ServicePicker } from './service-picker';
import { TransportFields } from './transport-fields';

/** Books a client's appointment: what, when, where, with whom, the transport and who must know. */
export function BookAppointmentDialog({ clientId, onClose, onBooked }: { clientId: string; onClose: () => void; onBooked: () => void }) {
  const { t } = useTranslation('carePlan');
  const [book, { loading }] = useMutation(bookAppointmentMutation);
  const form = useForm<BookingValues>({ initialValues: emptyBooking(), validate: bookingRules(t) });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await book({ variables: { input: bookingInput(clientId, values) } });
      notifications.show({ color: 'green', message: t('appointments.form.booked') });
    },
    { onDone: onBooked },
  );
  return (
    <FormDialog title={t('appointments.form.title')} submitLabel={t('appointments.form.submit')} size="lg" loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('appointments.form.kind')}
          required
          data-autofocus
          data={APPOINTMENT_KINDS.map((kind) => ({ value: kind, label: t(`appointments.kind.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('appointments.form.purpose')} placeholder={t('appointments.form.purposePlaceholder')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('purpose')} />
        <TextInput type="datetime-local" label={t('appointments.form.startsAt')} required {...form.getInputProps('startsAt')} />
        <TextInput type="datetime-local" label={t('appointments.form.endsAt')} required {...form.getInputProps('endsAt')} />
        <TextInput label={t('appointments.form.location')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('location')} />
        <TextInput label={t('appointments.form.withWhom')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('withWhom')} />
      </SimpleGrid>
      <ServicePicker
        label={t('appointments.form.service')}
        value={form.getValues().serviceId}
        onChange={(serviceId) => form.setFieldValue('serviceId', serviceId)}
        error={form.errors.serviceId}
      />
      <TransportFields form={form} />
      <PartiesFields form={form} />
    </FormDialog>
  );
}
