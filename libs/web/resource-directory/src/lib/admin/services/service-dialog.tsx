import { Fieldset, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DIRECTORY_AGE_MAX,
  DIRECTORY_DETAILS_MAX,
  DIRECTORY_DESCRIPTION_MAX_LENGTH,
  DIRECTORY_NAME_MAX_LENGTH,
  DIRECTORY_SHORT_TEXT_MAX_LENGTH,
  SERVICE_STATUSES,
  ServiceStatus,
  openingProblem,
  todayIsoDate,
  type WeeklyOpening,
} from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { emailRule, textRule } from '@waymark/web/client';
import { locationTitle } from '../locations/location-card';
import type { LocationRecord, ServiceRecord, TermRecord } from '../model';
import { EditDialog } from '../shared/edit-dialog';
import { ageRule, urlRule, type NumberValue } from '../shared/rules';
import { sortedOpenings } from './opening-hours';
import { OpeningHoursEditor } from './opening-hours-editor';
import { categoryOptions, languageOptions } from './service-options';

export type ServiceValues = {
  name: string;
  alternateName: string;
  description: string;
  url: string;
  email: string;
  status: ServiceStatus;
  categories: string[];
  languages: string[];
  openingHours: WeeklyOpening[];
  locationIds: string[];
  minimumAge: NumberValue;
  maximumAge: NumberValue;
  eligibilityDescription: string;
  feesDescription: string;
  requiredDocuments: string[];
  applicationProcess: string;
  interpretationServices: string;
  lastVerifiedOn: string;
};

function serviceValues(service: ServiceRecord | null): ServiceValues {
  return {
    name: service?.name ?? '',
    alternateName: service?.alternateName ?? '',
    description: service?.description ?? '',
    url: service?.url ?? '',
    email: service?.email ?? '',
    status: service?.status ?? ServiceStatus.ACTIVE,
    categories: service?.categories.map((term) => term.code) ?? [],
    languages: service?.languages.map((language) => language.code) ?? [],
    // The API may give seconds ("09:00:00"); the time fields hold "HH:MM".
    openingHours: sortedOpenings(service?.openingHours.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt: opensAt.slice(0, 5), closesAt: closesAt.slice(0, 5) })) ?? []),
    locationIds: service?.locations.map((location) => location.id) ?? [],
    minimumAge: service?.minimumAge ?? '',
    maximumAge: service?.maximumAge ?? '',
    eligibilityDescription: service?.eligibilityDescription ?? '',
    feesDescription: service?.feesDescription ?? '',
    requiredDocuments: [...(service?.requiredDocuments ?? [])],
    applicationProcess: service?.applicationProcess ?? '',
    interpretationServices: service?.interpretationServices ?? '',
    lastVerifiedOn: service?.lastVerifiedOn ?? '',
  };
}

/**
 * Adds a service to an organization or edits one: what it is, its categories and languages,
 * its weekly hours, who is eligible (ages and in words), fees, documents to bring, how to
 * apply, its status and when it was last verified.
 */
export function ServiceDialog({
  service,
  terms,
  termsError,
  onRetryTerms,
  locations,
  save,
  onClose,
  onReload,
}: {
  service: ServiceRecord | null;
  terms: readonly TermRecord[];
  /** The category tree failed to load: said, with a way to try again, in the categories' place. */
  termsError?: unknown;
  onRetryTerms?: () => void;
  /** The organization's locations, where the service may be offered */
  locations: readonly LocationRecord[];
  save: (all: ServiceValues, changed: Partial<ServiceValues>) => Promise<unknown>;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t, i18n } = useTranslation('directory');
  const { t: clientT } = useTranslation('client');
  const values = serviceValues(service);
  const long = textRule(clientT, DIRECTORY_DESCRIPTION_MAX_LENGTH);
  const short = textRule(clientT, DIRECTORY_SHORT_TEXT_MAX_LENGTH);
  const tooMany = (list: readonly unknown[]) => (list.length > DIRECTORY_DETAILS_MAX ? t('admin.validation.tooMany', { max: DIRECTORY_DETAILS_MAX }) : null);
  return (
    <EditDialog
      title={service ? t('admin.service.editTitle', { name: service.name }) : t('admin.service.newTitle')}
      submitLabel={service ? undefined : t('admin.service.create')}
      size="xl"
      values={values}
      version={service?.version ?? 0}
      validate={{
        name: textRule(clientT, DIRECTORY_NAME_MAX_LENGTH, { required: true }),
        alternateName: textRule(clientT, DIRECTORY_NAME_MAX_LENGTH),
        description: long,
        url: (value: string) => textRule(clientT, DIRECTORY_NAME_MAX_LENGTH)(value) ?? urlRule(t)(value),
        email: (value: string) => emailRule(clientT)(value),
        minimumAge: ageRule(t, 'maximumAge'),
        maximumAge: ageRule(t, 'minimumAge'),
        eligibilityDescription: long,
        feesDescription: long,
        applicationProcess: long,
        interpretationServices: short,
        categories: tooMany,
        languages: tooMany,
        locationIds: tooMany,
        requiredDocuments: (documents: string[]) =>
          tooMany(documents) ?? (documents.some((document) => document.length > DIRECTORY_SHORT_TEXT_MAX_LENGTH) ? clientT('tabs.validation.tooLong', { count: DIRECTORY_SHORT_TEXT_MAX_LENGTH }) : null),
        openingHours: (openings: WeeklyOpening[]) => tooMany(openings) ?? (openings.some((_, index) => openingProblem(openings, index)) ? t('admin.hours.fix') : null),
      }}
      save={save}
      onClose={onClose}
      onReload={onReload}
    >
      {(form) => (
        <Stack gap="md">
          <Fieldset legend={t('admin.service.about')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput label={t('admin.service.name')} required data-autofocus maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('name')} />
                <TextInput label={t('admin.service.alternateName')} maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('alternateName')} />
              </SimpleGrid>
              <Textarea label={t('admin.service.description')} autosize minRows={3} maxRows={10} maxLength={DIRECTORY_DESCRIPTION_MAX_LENGTH} {...form.getInputProps('description')} />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <Select
                  label={t('admin.service.status')}
                  data={SERVICE_STATUSES.map((status) => ({ value: status, label: t(`search.service.status.${status}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('status')}
                />
                <TextInput label={t('admin.service.url')} type="url" placeholder="https://" maxLength={DIRECTORY_NAME_MAX_LENGTH} {...form.getInputProps('url')} />
                <TextInput label={t('admin.service.email')} type="email" {...form.getInputProps('email')} />
              </SimpleGrid>
              {termsError && !terms.length ? (
                <ErrorState error={termsError} title={t('admin.service.categoriesError')} onRetry={onRetryTerms} />
              ) : (
                <MultiSelect
                  label={t('admin.service.categories')}
                  description={t('admin.service.categoriesHint')}
                  data={categoryOptions(terms, i18n.language)}
                  searchable
                  clearable
                  hidePickedOptions
                  nothingFoundMessage={t('admin.service.noCategory')}
                  {...form.getInputProps('categories')}
                />
              )}
              <MultiSelect
                label={t('admin.service.languages')}
                data={languageOptions(values.languages, i18n.language)}
                searchable
                clearable
                hidePickedOptions
                {...form.getInputProps('languages')}
              />
              {locations.length ? (
                <MultiSelect
                  label={t('admin.service.locations')}
                  description={t('admin.service.locationsHint')}
                  data={locations.map((location) => ({ value: location.id, label: locationTitle(location, t) }))}
                  searchable
                  clearable
                  {...form.getInputProps('locationIds')}
                />
              ) : null}
              <TextInput label={t('admin.service.interpretation')} maxLength={DIRECTORY_SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('interpretationServices')} />
            </Stack>
          </Fieldset>
          <OpeningHoursEditor value={form.values.openingHours} onChange={(openings) => form.setFieldValue('openingHours', openings)} error={form.errors['openingHours']} />
          <Fieldset legend={t('admin.service.eligibility')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
                <NumberInput label={t('admin.service.minimumAge')} min={0} max={DIRECTORY_AGE_MAX} allowDecimal={false} allowNegative={false} {...form.getInputProps('minimumAge')} />
                <NumberInput label={t('admin.service.maximumAge')} min={0} max={DIRECTORY_AGE_MAX} allowDecimal={false} allowNegative={false} {...form.getInputProps('maximumAge')} />
              </SimpleGrid>
              <Textarea label={t('admin.service.eligibilityDescription')} autosize minRows={2} maxRows={8} maxLength={DIRECTORY_DESCRIPTION_MAX_LENGTH} {...form.getInputProps('eligibilityDescription')} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('admin.service.access')}>
            <Stack gap="md">
              <Textarea label={t('admin.service.fees')} autosize minRows={2} maxRows={8} maxLength={DIRECTORY_DESCRIPTION_MAX_LENGTH} {...form.getInputProps('feesDescription')} />
              <TagsInput label={t('admin.service.documents')} description={t('admin.service.documentsHint')} clearable {...form.getInputProps('requiredDocuments')} />
              <Textarea label={t('admin.service.applicationProcess')} autosize minRows={2} maxRows={8} maxLength={DIRECTORY_DESCRIPTION_MAX_LENGTH} {...form.getInputProps('applicationProcess')} />
              <TextInput type="date" label={t('admin.lastVerifiedOn')} description={t('admin.lastVerifiedHint')} max={todayIsoDate()} w={{ base: '100%', sm: 240 }} {...form.getInputProps('lastVerifiedOn')} />
            </Stack>
          </Fieldset>
        </Stack>
      )}
    </EditDialog>
  );
}
