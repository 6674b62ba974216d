import { Autocomplete, Fieldset, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODE_PATTERN, DIRECTORY_NAME_MAX_LENGTH, DIRECTORY_SHORT_TEXT_MAX_LENGTH, isTimeZone } from '@waymark/shared/types';
import { textRule } from '@waymark/web/client';
import type { LocationRecord } from '../model';
import { EditDialog } from '../shared/edit-dialog';
import { locationTitle } from './location-card';
import { coordinateRule, type NumberValue } from '../shared/rules';
import { timeZoneOptions } from '../services/service-options';

export type LocationValues = {
  name: string;
  description: string;
  transportation: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  stateProvince: string;
  postalCode: string;
  country: string;
  latitude: NumberValue;
  longitude: NumberValue;
  timeZone: string;
};

function locationValues(location: LocationRecord | null): LocationValues {
  const address = location?.address;
  return {
    name: location?.name ?? '',
    description: location?.description ?? '',
    transportation: location?.transportation ?? '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    stateProvince: address?.stateProvince ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? 'US',
    latitude: location?.latitude ?? '',
    longitude: location?.longitude ?? '',
    timeZone: location?.timeZone ?? '',
  };
}

/** The API names the address's fields inside `address`; the form holds them flat. */
const ADDRESS_ALIASES = Object.fromEntries(
  (['line1', 'line2', 'city', 'region', 'stateProvince', 'postalCode', 'country'] as const).map((field) => [`address.${field}`, field]),
) as Record<string, keyof LocationValues & string>;

/** The address fields HSDS requires once any of them is given (the table's NOT NULL columns). */
const ADDRESS_REQUIRED = ['line1', 'city', 'stateProvince', 'postalCode', 'country'] as const;

/**
 * Adds a location to an organization or edits one: its name, address, coordinates (what
 * distance search measures from) and time zone (what "open now" is judged in).
 */
export function LocationDialog({
  location,
  save,
  onClose,
  onReload,
}: {
  location: LocationRecord | null;
  save: (all: LocationValues, changed: Partial<LocationValues>) => Promise<unknown>;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation('directory');
  const { t: clientT } = useTranslation('client');
  const short = textRule(clientT, DIRECTORY_SHORT_TEXT_MAX_LENGTH);
  // Empty address parts are refused only when some other part is given.
  const addressPart = (value: string, values: LocationValues) =>
    short(value) ?? (!value.trim() && ADDRESS_REQUIRED.some((key) => values[key].trim()) ? clientT('tabs.validation.required') : null);
  return (
    <EditDialog
      title={location ? t('admin.location.editTitle', { name: locationTitle(location, t) }) : t('admin.location.newTitle')}
      submitLabel={location ? undefined : t('admin.location.create')}
      values={locationValues(location)}
      version={location?.version ?? 0}
      validate={{
        name: textRule(clientT, DIRECTORY_NAME_MAX_LENGTH),
        description: short,
        transportation: short,
        line1: (value: string, values: LocationValues) => textRule(clientT, DIRECTORY_NAME_MAX_LENGTH)(value) ?? addressPart(value, values),
        line2: textRule(clientT, DIRECTORY_NAME_MAX_LENGTH),
        city: addressPart,
        region: short,
        stateProvince: addressPart,
        postalCode: addressPart,
        country: (value: string, values: LocationValues) => addressPart(value, values) ?? (value && !COUNTRY_CODE_PATTERN.test(value) ? t('admin.validation.country') : null),
        latitude: coordinateRule(t, 'latitude'),
        longitude: coordinateRule(t, 'longitude'),
        timeZone: (value: string) => (value && !isTimeZone(value) ? t('admin.validation.timeZone') : null),
      }}
      aliases={ADDRESS_ALIASES}
      save={save}
      onClose={onClose}
      onReload={onReload}
    >
      {(form) => (
        <Stack gap="md">
          <TextInput label={t('admin.location.name')} data-autofocus maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('name')} />
          <Fieldset legend={t('admin.location.address')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('admin.location.line1')} maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('line1')} />
              <TextInput label={t('admin.location.line2')} maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('line2')} />
              <TextInput label={t('admin.location.city')} maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('city')} />
              <TextInput label={t('admin.location.region')} description={t('admin.location.regionHint')} maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('region')} />
              <SimpleGrid cols={3} spacing="md" style={{ gridColumn: '1 / -1' }}>
                <TextInput label={t('admin.location.stateProvince')} maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('stateProvince')} />
                <TextInput label={t('admin.location.postalCode')} maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('postalCode')} />
                <TextInput label={t('admin.location.country')} description={t('admin.location.countryHint')} maxLength={2} {...form.getInputProps('country')} />
              </SimpleGrid>
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('admin.location.whereAndWhen')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <NumberInput label={t('admin.location.latitude')} min={-90} max={90} decimalScale={6} {...form.getInputProps('latitude')} />
              <NumberInput label={t('admin.location.longitude')} min={-180} max={180} decimalScale={6} {...form.getInputProps('longitude')} />
              <Autocomplete label={t('admin.location.timeZone')} placeholder="America/Los_Angeles" data={timeZoneOptions(form.values.timeZone)} limit={20} {...form.getInputProps('timeZone')} />
            </SimpleGrid>
          </Fieldset>
          <Textarea label={t('admin.location.description')} autosize minRows={2} maxRows={6} maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('description')} />
          <TextInput label={t('admin.location.transportation')} description={t('admin.location.transportationHint')} maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('transportation')} />
        </Stack>
      )}
    </EditDialog>
  );
}
