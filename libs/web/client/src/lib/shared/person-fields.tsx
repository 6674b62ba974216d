import type { ReactNode } from 'react';
import { Autocomplete, Checkbox, Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PHONE_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH, todayIsoDate } from '@waymark/shared/types';
import type { PersonField } from './person-values';

/** The part of a Mantine form these fields need; any form whose values include PersonValues has it. */
interface PersonForm {
  getInputProps: (path: PersonField, options?: { type?: 'input' | 'checkbox' }) => GetInputPropsReturnType;
}

const LANGUAGES = ['English', 'Spanish', 'Vietnamese', 'Chinese', 'Tagalog', 'Arabic', 'French', 'Haitian Creole', 'Russian', 'Korean', 'American Sign Language'];

/** Names, birth date, identity, language, contact and address of a client. */
export function PersonFields({ form, afterIdentity }: { form: PersonForm; /** Shown right under the name and birth date, e.g. likely duplicates */ afterIdentity?: ReactNode }) {
  const { t } = useTranslation('client');
  const suggestions = (key: 'pronounOptions' | 'genderOptions') => t(`person.${key}`, { returnObjects: true }) as string[];
  return (
    <Stack gap="md">
      <Fieldset legend={t('person.nameSection')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label={t('person.legalFirstName')} required maxLength={NAME_MAX_LENGTH} autoComplete="off" {...form.getInputProps('legalFirstName')} />
          <TextInput label={t('person.legalLastName')} required maxLength={NAME_MAX_LENGTH} autoComplete="off" {...form.getInputProps('legalLastName')} />
          <TextInput label={t('person.preferredName')} description={t('person.preferredNameHint')} maxLength={NAME_MAX_LENGTH} autoComplete="off" {...form.getInputProps('preferredName')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('person.aboutSection')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <TextInput label={t('person.dateOfBirth')} type="date" max={todayIsoDate()} {...form.getInputProps('dateOfBirth')} />
          <Autocomplete label={t('person.pronouns')} data={suggestions('pronounOptions')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('pronouns')} />
          <Autocomplete label={t('person.gender')} data={suggestions('genderOptions')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('gender')} />
          <Autocomplete label={t('person.primaryLanguage')} data={LANGUAGES} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('primaryLanguage')} />
        </SimpleGrid>
        <Checkbox mt="md" label={t('person.interpreterNeeded')} {...form.getInputProps('interpreterNeeded', { type: 'checkbox' })} />
      </Fieldset>
      {afterIdentity}
      <Fieldset legend={t('person.contactSection')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('person.phone')} type="tel" maxLength={PHONE_MAX_LENGTH} autoComplete="off" {...form.getInputProps('phone')} />
          <TextInput label={t('person.email')} type="email" maxLength={EMAIL_MAX_LENGTH} autoComplete="off" {...form.getInputProps('email')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('person.addressSection')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('person.addressLine1')} maxLength={SHORT_TEXT_MAX_LENGTH} autoComplete="off" {...form.getInputProps('addressLine1')} />
          <TextInput label={t('person.addressLine2')} maxLength={SHORT_TEXT_MAX_LENGTH} autoComplete="off" {...form.getInputProps('addressLine2')} />
          <TextInput label={t('person.city')} maxLength={SHORT_TEXT_MAX_LENGTH} autoComplete="off" {...form.getInputProps('city')} />
          <SimpleGrid cols={2} spacing="md">
            <TextInput label={t('person.region')} maxLength={SHORT_TEXT_MAX_LENGTH} autoComplete="off" {...form.getInputProps('region')} />
            <TextInput label={t('person.postalCode')} maxLength={SHORT_TEXT_MAX_LENGTH} autoComplete="off" {...form.getInputProps('postalCode')} />
          </SimpleGrid>
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
