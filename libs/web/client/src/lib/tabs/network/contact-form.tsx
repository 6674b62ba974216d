import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_KINDS,
  ContactKind,
  EMAIL_MAX_LENGTH,
  MEDIUM_TEXT_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import type { ClientContactFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
import { useRebasedForm } from '../../shared/use-rebased-form';
import { emailRule, optionalText, phoneRule, textRule } from '../../shared/validators';
import { addClientContactMutation, updateClientContactMutation } from './network.operations';

type ContactValues = {
  kind: ContactKind;
  relationship: string;
  name: string;
  organization: string;
  phone: string;
  email: string;
  address: string;
  emergencyContact: boolean;
  legalDecisionMaker: boolean;
  mayShareInformation: boolean;
  notes: string;
};

function valuesOf(contact: ClientContactFieldsFragment | null): ContactValues {
  return {
    kind: (contact?.kind as ContactKind | undefined) ?? ContactKind.FAMILY,
    relationship: contact?.relationship ?? '',
    name: contact?.name ?? '',
    organization: contact?.organization ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    address: contact?.address ?? '',
    emergencyContact: contact?.emergencyContact ?? false,
    legalDecisionMaker: contact?.legalDecisionMaker ?? false,
    mayShareInformation: contact?.mayShareInformation ?? false,
    notes: contact?.notes ?? '',
  };
}

/**
 * Adds a person to the client's support network, or edits one (`contact` given, always its
 * latest version: after a CONFLICT and a reload the form moves onto it, keeping what was typed).
 */
export function ContactForm({
  clientId,
  contact,
  onClose,
  onReload,
}: {
  clientId: string;
  contact: ClientContactFieldsFragment | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const [add, addState] = useMutation(addClientContactMutation, { refetchQueries: ['ClientContacts'] });
  const [update, updateState] = useMutation(updateClientContactMutation);
  const { form } = useRebasedForm<ContactValues>(valuesOf(contact), contact?.version ?? 0, {
    relationship: textRule(t, NAME_MAX_LENGTH, { required: true }),
    name: textRule(t, NAME_MAX_LENGTH, { required: true }),
    organization: textRule(t, SHORT_TEXT_MAX_LENGTH),
    phone: (value, values) => (values.emergencyContact && !value.trim() ? t('tabs.network.emergencyNeedsPhone') : phoneRule(t)(value)),
    email: emailRule(t),
    address: textRule(t, SHORT_TEXT_MAX_LENGTH),
    notes: textRule(t, MEDIUM_TEXT_MAX_LENGTH),
  });
  const { submit, error, clearError } = useFormSubmit(
    form,
    async (values) => {
      const fields = {
        kind: values.kind,
        relationship: values.relationship.trim(),
        name: values.name.trim(),
        organization: optionalText(values.organization),
        phone: optionalText(values.phone),
        email: optionalText(values.email),
        address: optionalText(values.address),
        emergencyContact: values.emergencyContact,
        legalDecisionMaker: values.legalDecisionMaker,
        mayShareInformation: values.mayShareInformation,
        notes: optionalText(values.notes),
      };
      if (contact) {
        await update({ variables: { input: { contactId: contact.id, version: contact.version, ...fields } } });
        notifications.show({ color: 'green', message: t('tabs.network.updated', { name: fields.name }) });
      } else {
        await add({ variables: { input: { clientId, ...fields } } });
        notifications.show({ color: 'green', message: t('tabs.network.added', { name: fields.name }) });
      }
    },
    { onDone: onClose },
  );

  const kindOptions = CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`tabs.network.kind.${kind}`) }));
  return (
    <FormDialog
      size="lg"
      title={contact ? t('tabs.network.editTitle', { name: contact.name }) : t('tabs.network.addTitle')}
      submitLabel={contact ? t('tabs.common.saveChanges') : t('tabs.network.addSubmit')}
      loading={addState.loading || updateState.loading}
      error={error}
      errorOverrides={{ CONFLICT: t('tabs.common.conflictKeepEdits') }}
      onSubmit={submit}
      onClose={onClose}
      onReload={
        contact
          ? () => {
              clearError();
              onReload();
            }
          : undefined
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('tabs.network.name')} required maxLength={NAME_MAX_LENGTH} data-autofocus {...form.getInputProps('name')} />
        <NativeSelect label={t('tabs.network.kindLabel')} data={kindOptions} required {...form.getInputProps('kind')} />
        <TextInput
          label={t('tabs.network.relationship')}
          description={t('tabs.network.relationshipHint')}
          required
          maxLength={NAME_MAX_LENGTH}
          {...form.getInputProps('relationship')}
        />
        <TextInput label={t('tabs.network.organization')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('organization')} />
        <TextInput label={t('tabs.network.phone')} type="tel" autoComplete="off" maxLength={PHONE_MAX_LENGTH} {...form.getInputProps('phone')} />
        <TextInput label={t('tabs.network.email')} type="email" autoComplete="off" maxLength={EMAIL_MAX_LENGTH} {...form.getInputProps('email')} />
      </SimpleGrid>
      <TextInput label={t('tabs.network.address')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('address')} />
      <Fieldset legend={t('tabs.network.rolesGroup')} variant="unstyled">
        <Stack gap="xs">
          <Checkbox label={t('tabs.network.emergencyContact')} {...form.getInputProps('emergencyContact', { type: 'checkbox' })} />
          <Checkbox label={t('tabs.network.legalDecisionMaker')} {...form.getInputProps('legalDecisionMaker', { type: 'checkbox' })} />
          <Checkbox
            label={t('tabs.network.mayShareInformation')}
            description={t('tabs.network.mayShareHint')}
            {...form.getInputProps('mayShareInformation', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
      <Textarea label={t('tabs.network.notes')} autosize minRows={2} maxRows={6} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
