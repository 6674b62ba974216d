import { useTranslation } from 'react-i18next';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { FactList } from '../../shared/fact-list';
import { formatCalendarDate } from '../../shared/format';
import { PersonFields } from '../../shared/person-fields';
import { ADDRESS_FIELD_OF, formatAddress, personInput, validatePerson, type PersonValues } from '../../shared/person-values';
import { ClientEditForm, type ClientPatch } from './client-edit-form';
import { EditableSection } from './section-card';

const ADDRESS_FIELDS = Object.values(ADDRESS_FIELD_OF);

function personValuesOf(client: ClientProfileFieldsFragment): PersonValues {
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

/** The changed person fields as the update takes them; the address goes whole when any line of it changed. */
function personPatch(changed: Partial<PersonValues>, values: PersonValues): ClientPatch {
  const all = personInput(values);
  const patch: Record<string, unknown> = {};
  for (const field of Object.keys(changed) as Array<keyof PersonValues>) {
    if (ADDRESS_FIELDS.includes(field)) patch['address'] = all.address;
    else patch[field] = all[field as Exclude<keyof typeof all, 'address'>];
  }
  return patch;
}

/** Demographics and contact details: shown, and edited in place by those who may. */
export function PersonCard({ client, canEdit, onReload }: { client: ClientProfileFieldsFragment; canEdit: boolean; onReload: () => void }) {
  const { t, i18n } = useTranslation('client');
  return (
    <EditableSection
      id="client-demographics"
      title={t('overview.demographics')}
      canEdit={canEdit}
      form={(done) => (
        <ClientEditForm
          client={client}
          values={personValuesOf(client)}
          validate={(values) => validatePerson(values, t)}
          toPatch={personPatch}
          aliases={ADDRESS_FIELD_OF}
          onDone={done}
          onReload={onReload}
        >
          {(form) => <PersonFields form={form} />}
        </ClientEditForm>
      )}
    >
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
    </EditableSection>
  );
}
