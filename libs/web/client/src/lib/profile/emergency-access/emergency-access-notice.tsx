import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BREAK_GLASS_REASON_MAX_LENGTH } from '@waymark/shared/types';
import { focusFirstInvalid, NoticePage, useErrorMessage } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';
import { FormActions } from '../../shared/form-actions';
import { breakGlassMutation } from './emergency-access.operations';

/**
 * The record is refused, but the caller may break the glass: say why, and it opens to read for
 * a limited time, recorded as high severity and put before the supervisors for review.
 */
export function EmergencyAccessNotice({ clientId, onOpened }: { clientId: string; onOpened: () => void }) {
  const { t, i18n } = useTranslation('client');
  const errorMessage = useErrorMessage();
  const [asking, setAsking] = useState(false);
  const [breakGlass, { loading }] = useMutation(breakGlassMutation);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        !value.trim()
          ? t('emergencyAccess.reasonRequired')
          : value.trim().length > BREAK_GLASS_REASON_MAX_LENGTH
            ? t('emergencyAccess.reasonTooLong', { max: BREAK_GLASS_REASON_MAX_LENGTH })
            : null,
    },
  });
  const submit = async ({ reason }: { reason: string }) => {
    try {
      const { data } = await breakGlass({ variables: { input: { clientId, reason: reason.trim() } } });
      const until = data?.breakGlass.expiresAt;
      notifications.show({ color: 'orange', message: t('emergencyAccess.granted', { until: formatDateTime(until, i18n.language) }) });
      setAsking(false);
      onOpened();
    } catch (error) {
      form.setFieldError('reason', errorMessage(error));
    }
  };
  return (
    <>
      <NoticePage
        title={t('emergencyAccess.refusedTitle')}
        description={t('emergencyAccess.refused')}
        icon={<IconLock aria-hidden />}
        action={
          <Group gap="sm" justify="center">
            <Button component={Link} to="/clients" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
              {t('emergencyAccess.back')}
            </Button>
            <Button color="red" leftSection={<IconAlertTriangle size={16} aria-hidden />} onClick={() => setAsking(true)}>
              {t('emergencyAccess.open')}
            </Button>
          </Group>
        }
      />
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('emergencyAccess.title')} centered closeOnClickOutside={false}>
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values), focusFirstInvalid)}>
          <Stack gap="md">
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              {t('emergencyAccess.warning')}
            </Alert>
            <Textarea
              label={t('emergencyAccess.reason')}
              description={t('emergencyAccess.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={BREAK_GLASS_REASON_MAX_LENGTH}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <FormActions submitLabel={t('emergencyAccess.submit')} color="red" loading={loading} onCancel={() => setAsking(false)} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
