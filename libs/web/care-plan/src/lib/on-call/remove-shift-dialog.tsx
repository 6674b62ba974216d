import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OnCallShiftFieldsFragment } from '@waymark/web/core';
import { FormDialog, formatDateTime } from '@waymark/web/client';
import { removeOnCallShiftMutation } from './on-call.operations';

/** Takes a shift that has not started off the roster, once the person confirms. */
export function RemoveShiftDialog({ shift, onClose }: { shift: OnCallShiftFieldsFragment; onClose: () => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const [remove, { loading, error }] = useMutation(removeOnCallShiftMutation, { refetchQueries: ['OnCallRoster', 'OnCallNow'] });
  return (
    <FormDialog
      title={t('onCall.shift.removeTitle')}
      submitLabel={t('onCall.shift.remove')}
      color="red"
      loading={loading}
      error={error}
      errorOverrides={{ CONFLICT: t('onCall.shift.conflict') }}
      onSubmit={() =>
        void remove({ variables: { input: { shiftId: shift.id, version: shift.version } } })
          .then(() => {
            notifications.show({ color: 'green', message: t('onCall.shift.removed') });
            onClose();
          })
          .catch(() => undefined)
      }
      onClose={onClose}
    >
      <Text>
        {t('onCall.shift.removeText', {
          name: shift.staff?.displayName ?? t('onCall.unknownWorker'),
          tier: t(`onCall.tier.${shift.tier}`),
          from: formatDateTime(shift.startsAt, i18n.language),
          to: formatDateTime(shift.endsAt, i18n.language),
        })}
      </Text>
    </FormDialog>
  );
}
