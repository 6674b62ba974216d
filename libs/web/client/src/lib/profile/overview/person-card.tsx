import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid, type ClientProfileFieldsFragment } from '@waymark/web/core';
import { FactList } from '../../shared/fact-list';
import { formatCalendarDate } from '../../shared/format';
import { PersonFields } from '../../shared/person-fields';
import { formatAddress, personFieldOf, personInput, validatePerson, type PersonValues } from '../../shared/person-values';
import { SaveError } from './save-error';
import { SectionCard } from './section-card';
import { useClientUpdate } from './use-client-update';
import { useRebasedForm } from '../../shared/use-rebased-form';

const ADDRESS_FIELDS: Array<keyof PersonValues> = ['addressLine1', 'addressLine2', 'city', 'region', 'postalCode'];

export function personValuesOf(client: ClientProfileFieldsFragment): PersonValues {
  return {
    legalFirstName: client.legalFirstName,
    legalLastName: client.legalLastName,
    preferredName: client.preferredName ?? '',
    dateOfBirth: client.dateOfBirth ?? '',
    pronouns: client.pronouns ?? '',
    gender: client.gender ?? '',
    primaryLanguage: client.primaryLanguage ?? '',
    interpreterNeeded: client.interpreterNeeded,
    phone: client.phone ?? '',
    email: client.email ?? '',
    addressLine1: client.address?.line1 ?? '',
    addressLine2: client.address?.line2 ?? '',
    city: client.address?.city ?? '',
    region: client.address?.region ?? '',
    postalCode: client.address?.postalCode ?? '',
  };
}

/** Demographics and contact details: shown, and edited in place by those who may. */
export function PersonCard({ client, canEdit, onReload }: { client: ClientProfileFieldsFragment; canEdit: boolean; onReload: () => void }) {
  const { t, i18n } = useTranslation('client');
  const [editing, setEditing] = useState(false);
  const title = t('overview.demographics');
  if (editing) {
    return (
      <SectionCard id="client-demographics" title={title} editing>
        <PersonEditForm client={client} onDone={() => setEditing(false)} onReload={onReload} />
      </SectionCard>
    );
  }
  return (
    <SectionCard id="client-demographics" title={title} onEdit={canEdit ? () => setEditing(true) : undefined}>
      <FactList
        facts={[
          [t('person.legalName'), `${client.legalFirstName} ${client.legalLastName}`],
          [t('person.preferredName'), client.preferredName],
          [t('person.dateOfBirth'), client.dateOfBirth ? t('identity.born', { date: formatCalendarDate(client.dateOfBirth, i18n.language), count: client.age ?? 0 }) : null],
          [t('person.pronouns'), client.pronouns],
          [t('person.gender'), client.gender],
          [t('person.primaryLanguage'), client.primaryLanguage],
          [t('person.interpreter'), client.interpreterNeeded ? t('overview.yes') : t('overview.no')],
          [t('person.phone'), client.phone],
          [t('person.email'), client.email],
          [t('person.address'), formatAddress(client.address)],
        ]}
      />
    </SectionCard>
  );
}

function PersonEditForm({ client, onDone, onReload }: { client: ClientProfileFieldsFragment; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation('client');
  const { t: tc } = useTranslation();
  const { form, changes } = useRebasedForm<PersonValues>(personValuesOf(client), client.version, (values) => validatePerson(values, t));
  const update = useClientUpdate(client);

  const submit = form.onSubmit(async (values) => {
    const changed = changes();
    if (!Object.keys(changed).length) return onDone();
    const all = personInput(values);
    const patch: Record<string, unknown> = {};
    for (const field of Object.keys(changed) as Array<keyof PersonValues>) {
      if (ADDRESS_FIELDS.includes(field)) patch['address'] = all.address;
      else patch[field] = all[field as Exclude<keyof typeof all, 'address'>];
    }
    const failure = await update.save(patch);
    if (!failure) {
      notifications.show({ color: 'green', message: t('overview.saved', { name: client.displayName }) });
      return onDone();
    }
    // Say the API's refusals at the fields they concern.
    for (const { field } of failure.fields) {
      const own = personFieldOf(field);
      if (own) form.setFieldError(own, t('intake.fieldRejected'));
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError
          error={update.error}
          onReload={() => {
            update.clearError();
            onReload();
          }}
        />
        <PersonFields form={form} />
        <Group gap="sm">
          <Button type="submit" loading={update.loading}>
            {tc('form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {tc('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
