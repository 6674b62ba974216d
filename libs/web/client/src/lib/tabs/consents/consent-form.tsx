import { Checkbox, Group, NativeSelect, Radio, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  calendarDay,
  CONSENT_CATEGORIES,
  CONSENT_RECIPIENT_KINDS,
  ConsentCategory,
  ConsentRecipientKind,
  MEDIUM_TEXT_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  SIGNATURE_METHODS,
  SignatureMethod,
} from '@waymark/shared/types';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
import { optionalText, textRule } from '../../shared/validators';
import { clientContactsQuery } from '../network/network.operations';
import { AgencySelect } from './agency-select';
import { recordConsentMutation } from './consent.operations';

/** The PERSON recipient who is not in the client's network: typed by name. */
const OTHER_PERSON = '';

type ConsentValues = {
  categories: ConsentCategory[];
  recipientKind: ConsentRecipientKind;
  recipientContactId: string;
  recipientAgencyId: string;
  recipientName: string;
  purpose: string;
  effectiveFrom: string;
  effectiveUntil: string;
  signatureMethod: SignatureMethod;
  signedOn: string;
  documentReference: string;
};

/** What a caller already knows of the consent to record (a referral: its receiving agency and category). */
export type ConsentFormInitial = Partial<Pick<ConsentValues, 'categories' | 'recipientKind' | 'recipientAgencyId' | 'purpose'>>;

/** Records a signed release of information. */
export function ConsentForm({ clientId, initial, onClose }: { clientId: string; initial?: ConsentFormInitial; onClose: () => void }) {
  const { t } = useTranslation('client');
  const today = calendarDay(new Date());
  const { data: contactsData } = useQuery(clientContactsQuery, { variables: { clientId, includeArchived: false } });
  const contacts = contactsData?.clientContacts ?? [];
  const [record, { loading }] = useMutation(recordConsentMutation, { refetchQueries: ['ClientConsents'] });

  const needsName = (values: ConsentValues) =>
    values.recipientKind === ConsentRecipientKind.ORGANIZATION ||
    (values.recipientKind === ConsentRecipientKind.PERSON && values.recipientContactId === OTHER_PERSON);

  const form = useForm<ConsentValues>({
    initialValues: {
      categories: [],
      recipientKind: ConsentRecipientKind.PERSON,
      recipientContactId: OTHER_PERSON,
      recipientAgencyId: '',
      recipientName: '',
      purpose: '',
      effectiveFrom: today,
      effectiveUntil: '',
      signatureMethod: SignatureMethod.WRITTEN,
      signedOn: today,
      documentReference: '',
      ...initial,
    },
    validate: {
      categories: (value) => (value.length ? null : t('tabs.consents.categoriesRequired')),
      recipientName: (value, values) => (needsName(values) ? textRule(t, SHORT_TEXT_MAX_LENGTH, { required: true })(value) : null),
      recipientAgencyId: (value, values) => (values.recipientKind === ConsentRecipientKind.AGENCY && !value ? t('tabs.consents.chooseAgency') : null),
      purpose: textRule(t, MEDIUM_TEXT_MAX_LENGTH, { required: true }),
      effectiveFrom: (value) => (value ? null : t('tabs.validation.date')),
      effectiveUntil: (value, values) =>
        value && values.effectiveFrom && value < values.effectiveFrom ? t('tabs.consents.untilBeforeFrom') : null,
      signedOn: (value) => (!value ? t('tabs.validation.date') : value > today ? t('tabs.consents.signedInFuture') : null),
      documentReference: textRule(t, SHORT_TEXT_MAX_LENGTH),
    },
  });
  const values = form.values;

  const { submit, error } = useFormSubmit(
    form,
    async (input) => {
      const kind = input.recipientKind;
      const contact = kind === ConsentRecipientKind.PERSON ? contacts.find((c) => c.id === input.recipientContactId) : undefined;
      await record({
        variables: {
          input: {
            clientId,
            categories: input.categories,
            recipientKind: kind,
            recipientContactId: contact?.id ?? null,
            recipientAgencyId: kind === ConsentRecipientKind.AGENCY ? input.recipientAgencyId : null,
            recipientName: needsName(input) ? input.recipientName.trim() : null,
            purpose: input.purpose.trim(),
            effectiveFrom: input.effectiveFrom,
            effectiveUntil: input.effectiveUntil || null,
            signatureMethod: input.signatureMethod,
            signedOn: input.signedOn,
            documentReference: optionalText(input.documentReference),
          },
        },
      });
      notifications.show({ color: 'green', message: t('tabs.consents.recorded') });
    },
    { onDone: onClose },
  );

  const contactOptions = [
    { value: OTHER_PERSON, label: t('tabs.consents.otherPerson') },
    ...contacts.map((c) => ({ value: c.id, label: `${c.name} (${c.relationship})` })),
  ];

  return (
    <FormDialog
      size="lg"
      title={t('tabs.consents.recordTitle')}
      submitLabel={t('tabs.consents.recordSubmit')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Checkbox.Group label={t('tabs.consents.categories')} description={t('tabs.consents.categoriesHint')} required {...form.getInputProps('categories')}>
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt="xs">
          {CONSENT_CATEGORIES.map((category) => (
            <Checkbox key={category} value={category} label={t(`tabs.consents.category.${category}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>

      <Radio.Group label={t('tabs.consents.recipientKindLabel')} required {...form.getInputProps('recipientKind')}>
        <Group gap="md" mt="xs">
          {CONSENT_RECIPIENT_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`tabs.consents.recipientKind.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>

      {values.recipientKind === ConsentRecipientKind.PERSON ? (
        <NativeSelect
          label={t('tabs.consents.recipientContact')}
          description={t('tabs.consents.recipientContactHint')}
          data={contactOptions}
          {...form.getInputProps('recipientContactId')}
        />
      ) : null}
      {values.recipientKind === ConsentRecipientKind.AGENCY ? (
        <AgencySelect
          label={t('tabs.consents.recipientAgency')}
          description={t('tabs.consents.recipientAgencyHint')}
          required
          {...form.getInputProps('recipientAgencyId')}
        />
      ) : null}
      {needsName(values) ? (
        <TextInput
          label={
            values.recipientKind === ConsentRecipientKind.ORGANIZATION ? t('tabs.consents.organizationName') : t('tabs.consents.personName')
          }
          required
          maxLength={SHORT_TEXT_MAX_LENGTH}
          {...form.getInputProps('recipientName')}
        />
      ) : null}

      <Textarea
        label={t('tabs.consents.purpose')}
        description={t('tabs.consents.purposeHint')}
        required
        autosize
        minRows={2}
        maxRows={6}
        maxLength={MEDIUM_TEXT_MAX_LENGTH}
        {...form.getInputProps('purpose')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput type="date" label={t('tabs.consents.effectiveFrom')} required {...form.getInputProps('effectiveFrom')} />
        <TextInput
          type="date"
          label={t('tabs.consents.effectiveUntil')}
          description={t('tabs.consents.effectiveUntilHint')}
          min={values.effectiveFrom || undefined}
          {...form.getInputProps('effectiveUntil')}
        />
        <NativeSelect
          label={t('tabs.consents.signatureMethod')}
          required
          data={SIGNATURE_METHODS.map((method) => ({ value: method, label: t(`tabs.consents.signature.${method}`) }))}
          {...form.getInputProps('signatureMethod')}
        />
        <TextInput type="date" label={t('tabs.consents.signedOn')} required max={today} {...form.getInputProps('signedOn')} />
      </SimpleGrid>
      <TextInput
        label={t('tabs.consents.documentReference')}
        description={t('tabs.consents.documentReferenceHint')}
        maxLength={SHORT_TEXT_MAX_LENGTH}
        {...form.getInputProps('documentReference')}
      />
    </FormDialog>
  );
}
