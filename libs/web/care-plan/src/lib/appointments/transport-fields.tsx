import { Fieldset, NativeSelect, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH, TRANSPORT_PROVIDERS } from '@waymark/shared/types';
import { ErrorState, useSessionState } from '@waymark/web/core';
import type { BookingValues } from './appointment-form-values';
import { ServicePicker } from './service-picker';
import { useAppointmentStaff } from './use-appointment-staff';

/** Whether the client needs a ride and who gives it: a staff member who drives, the van, a directory service… */
export function TransportFields({ form }: { form: UseFormReturnType<BookingValues> }) {
  const { t } = useTranslation('carePlan');
  const { user } = useSessionState();
  const { transport } = form.getValues();
  const drivers = useAppointmentStaff(!(transport.needed && transport.provider === 'CASE_MANAGER'));
  return (
    <Fieldset legend={t('appointments.form.transport')} variant="unstyled">
      <Stack gap="sm">
        <Switch label={t('appointments.form.transportNeeded')} {...form.getInputProps('transport.needed', { type: 'checkbox' })} />
        {transport.needed ? (
          <>
            <NativeSelect
              label={t('appointments.form.provider')}
              required
              data={[{ value: '', label: '' }, ...TRANSPORT_PROVIDERS.map((provider) => ({ value: provider, label: t(`appointments.provider.${provider}`) }))]}
              {...form.getInputProps('transport.provider')}
              value={transport.provider ?? ''}
              onChange={(event) => {
                const provider = event.currentTarget.value || null;
                form.setFieldValue('transport.provider', provider as BookingValues['transport']['provider']);
                // The one booking usually drives: offered first.
                if (provider === 'CASE_MANAGER' && !form.getValues().transport.staffId && user) form.setFieldValue('transport.staffId', user.id);
              }}
            />
            {transport.provider === 'CASE_MANAGER' ? (
              <>
                {drivers.error ? <ErrorState error={drivers.error} onRetry={() => void drivers.refetch()} /> : null}
                <Select
                  label={t('appointments.form.driver')}
                  required
                  searchable
                  disabled={drivers.loading}
                  data={drivers.options}
                  {...form.getInputProps('transport.staffId')}
                />
              </>
            ) : null}
            {transport.provider === 'DIRECTORY_SERVICE' ? (
              <ServicePicker
                label={t('appointments.form.transportService')}
                required
                value={transport.serviceId}
                onChange={(serviceId) => form.setFieldValue('transport.serviceId', serviceId)}
                error={form.errors['transport.serviceId']}
              />
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput type="datetime-local" label={t('appointments.form.pickupAt')} {...form.getInputProps('transport.pickupAt')} />
            </SimpleGrid>
            <Textarea label={t('appointments.form.transportNotes')} autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('transport.notes')} />
          </>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
