import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_PARTIES, APPOINTMENT_PARTIES_MAX, NAME_MAX_LENGTH } from '@waymark/shared/types';
import type { BookingValues } from './appointment-form-values';

/** Who must know of the appointment: the nursing team, a guardian, the residential staff… each with an optional name. */
export function PartiesFields({ form }: { form: UseFormReturnType<BookingValues> }) {
  const { t } = useTranslation('carePlan');
  const { parties } = form.getValues();
  return (
    <Fieldset legend={t('appointments.form.parties')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('appointments.form.partiesHint')}
        </Text>
        {parties.map((entry, i) => (
          <Group key={form.key(`parties.${i}`)} align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect
              label={t('appointments.form.party')}
              data={APPOINTMENT_PARTIES.map((party) => ({ value: party, label: t(`appointments.party.${party}`) }))}
              style={{ flex: '1 1 12rem' }}
              {...form.getInputProps(`parties.${i}.party`)}
            />
            <TextInput label={t('appointments.form.partyName')} maxLength={NAME_MAX_LENGTH} style={{ flex: '1 1 12rem' }} {...form.getInputProps(`parties.${i}.name`)} />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('appointments.form.removeParty', { party: t(`appointments.party.${entry.party}`) })}
              onClick={() => form.removeListItem('parties', i)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {parties.length < APPOINTMENT_PARTIES_MAX ? (
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem('parties', { party: parties.length ? 'GUARDIAN' : 'NURSING_TEAM', name: '' })}
            >
              {t('appointments.form.addParty')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
