import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import type { FormValidateInput, UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ClientProfileFieldsFragment, UpdateClientInput } from '@waymark/web/core';
import { evictClientLists } from '../../shared/client-cache';
import { FormActions } from '../../shared/form-actions';
import { useFormSubmit } from '../../shared/use-form-submit';
import { useRebasedForm } from '../../shared/use-rebased-form';
import { updateClientMutation } from '../profile.operations';
import { SaveError } from './save-error';

export type ClientPatch = Omit<UpdateClientInput, 'clientId' | 'version'>;

/**
 * Edits part of the client's record in place. Only the fields this person changed are sent,
 * at the version on screen; after a CONFLICT and a reload the form moves onto the latest
 * version and keeps those changes.
 */
export function ClientEditForm<Values extends Record<string, unknown>>({
  client,
  values,
  validate,
  toPatch,
  aliases,
  onDone,
  onReload,
  children,
}: {
  client: ClientProfileFieldsFragment;
  /** The record's values as the form holds them */
  values: Values;
  validate: FormValidateInput<Values>;
  /** The changed fields (and all values, for fields sent together) as the API's update takes them */
  toPatch: (changed: Partial<Values>, all: Values) => ClientPatch;
  /** API field names that differ from the form's */
  aliases?: Record<string, keyof Values & string>;
  onDone: () => void;
  onReload: () => void;
  children: (form: UseFormReturnType<Values>) => ReactNode;
}) {
  const { t } = useTranslation('client');
  const { form, changes } = useRebasedForm<Values>(values, client.version, validate);
  const [update, { loading }] = useMutation(updateClientMutation, { update: evictClientLists });
  const { submit, error, clearError } = useFormSubmit(
    form,
    async (all) => {
      const changed = changes();
      if (!Object.keys(changed).length) return;
      await update({ variables: { input: { clientId: client.id, version: client.version, ...toPatch(changed, all) } } });
      notifications.show({ color: 'green', message: t('overview.saved', { name: client.displayName }) });
    },
    { onDone, aliases },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError
          error={error}
          onReload={() => {
            clearError();
            onReload();
          }}
        />
        {children(form)}
        <FormActions inline loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
