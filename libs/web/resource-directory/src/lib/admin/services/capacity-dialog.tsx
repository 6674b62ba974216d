import { Autocomplete, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { capacityOverMaximum, DIRECTORY_SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { textRule } from '@waymark/web/client';
import type { ServiceRecord } from '../model';
import { EditDialog } from '../shared/edit-dialog';
import { countRule, toNumber, type NumberValue } from '../shared/rules';

export type CapacityValues = {
  unit: string;
  available: NumberValue;
  maximum: NumberValue;
};

/**
 * Records how many beds, slots or appointments a service has open now (HSDS 3.1
 * service_capacity), stamped with the time it is saved; the units already used are offered.
 */
export function CapacityDialog({
  service,
  save,
  onClose,
}: {
  service: ServiceRecord;
  save: (values: CapacityValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation('directory');
  const { t: clientT } = useTranslation('client');
  const units = [...new Set([...service.capacity.map((entry) => entry.unit), ...(t('admin.capacity.units', { returnObjects: true }) as string[])])];
  const latest = service.capacity[0];
  return (
    <EditDialog
      title={t('admin.capacity.title', { name: service.name })}
      submitLabel={t('admin.capacity.record')}
      values={{ unit: latest?.unit ?? '', available: '', maximum: latest?.maximum ?? '' }}
      version={0}
      validate={{
        unit: textRule(clientT, DIRECTORY_SHORT_TEXT_MAX_LENGTH, { required: true }),
        available: (value: NumberValue, values: CapacityValues) => {
          const problem = countRule(t, { required: true })(value);
          if (problem) return problem;
          return capacityOverMaximum(Number(value), toNumber(values.maximum)) ? t('admin.validation.aboveMaximum') : null;
        },
        maximum: countRule(t),
      }}
      save={(values) => save(values)}
      onClose={onClose}
    >
      {(form) => (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('admin.capacity.hint')}
          </Text>
          <Autocomplete label={t('admin.capacity.unit')} required data={units} data-autofocus maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('unit')} />
          <SimpleGrid cols={2} spacing="md">
            <NumberInput label={t('admin.capacity.available')} required min={0} allowDecimal={false} allowNegative={false} {...form.getInputProps('available')} />
            <NumberInput label={t('admin.capacity.maximum')} min={0} allowDecimal={false} allowNegative={false} {...form.getInputProps('maximum')} />
          </SimpleGrid>
        </Stack>
      )}
    </EditDialog>
  );
}
