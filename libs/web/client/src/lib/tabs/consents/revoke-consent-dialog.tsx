import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { ConsentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
import { textRule } from '../../shared/validators';
import { revokeConsentMutation } from './consent.operations';

/** The client withdraws a consent (its latest version): asks why, and says that nothing more may be shared under it. */
export function RevokeConsentDialog({
  consent,
  onClose,
  onReload,
}: {
  consent: ConsentFieldsFragment;
  onClose: () => void;
  /** Loads the latest version after a CONFLICT; a consent revoked meanwhile closes the dialog */
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const [revoke, { loading }] = useMutation(revokeConsentMutation);
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: textRule(t, MEDIUM_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error, clearError } = useFormSubmit(
    form,
    async ({ reason }) => {
      await revoke({ variables: { input: { consentId: consent.id, version: consent.version, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('tabs.consents.revokedDone', { name: consent.recipientName }) });
    },
    { onDone: onClose },
  );

  return (
    <FormDialog
      title={t('tabs.consents.revokeTitle', { name: consent.recipientName })}
      submitLabel={t('tabs.consents.revokeSubmit')}
      color="red"
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => {
        clearError();
        onReload();
      }}
    >
      <Text size="sm">{t('tabs.consents.revokeText', { name: consent.recipientName })}</Text>
      <Textarea
        label={t('tabs.consents.revokeReason')}
        required
        autosize
        minRows={2}
        maxLength={MEDIUM_TEXT_MAX_LENGTH}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
