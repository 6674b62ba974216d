import { useState } from 'react';
import { Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { getErrorInfo, type ConsentFieldsFragment } from '@waymark/web/core';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { textRule } from '../../shared/validators';
import { revokeConsentMutation } from './consent.operations';

/** The client withdraws a consent: asks why, and says that nothing more may be shared under it. */
export function RevokeConsentDialog({
  consent,
  onClose,
  onReload,
}: {
  consent: ConsentFieldsFragment;
  onClose: () => void;
  /** Fetches the latest version after a CONFLICT */
  onReload: () => Promise<ConsentFieldsFragment | null>;
}) {
  const { t } = useTranslation('client');
  const [current, setCurrent] = useState(consent);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [revoke, { loading }] = useMutation(revokeConsentMutation);

  const confirm = async () => {
    const problem = textRule(t, MEDIUM_TEXT_MAX_LENGTH, { required: true })(reason);
    setReasonError(problem);
    if (problem) return;
    setError(null);
    try {
      await revoke({ variables: { input: { consentId: current.id, version: current.version, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('tabs.consents.revokedDone', { name: current.recipientName }) });
      onClose();
    } catch (failure) {
      const info = getErrorInfo(failure);
      if (info.kind === 'BAD_USER_INPUT' && info.fields.some((f) => f.field.endsWith('reason'))) setReasonError(t('tabs.validation.rejected'));
      else setError(failure);
    }
  };

  return (
    <ConfirmDialog
      opened
      title={t('tabs.consents.revokeTitle', { name: current.recipientName })}
      confirmLabel={t('tabs.consents.revokeSubmit')}
      color="red"
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
      onReload={() =>
        void onReload().then((latest) => {
          setError(null);
          if (!latest || latest.revokedAt) onClose();
          else setCurrent(latest);
        })
      }
    >
      <Text size="sm">{t('tabs.consents.revokeText', { name: current.recipientName })}</Text>
      <Textarea
        label={t('tabs.consents.revokeReason')}
        required
        autosize
        minRows={2}
        maxLength={MEDIUM_TEXT_MAX_LENGTH}
        value={reason}
        error={reasonError}
        data-autofocus
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </ConfirmDialog>
  );
}
