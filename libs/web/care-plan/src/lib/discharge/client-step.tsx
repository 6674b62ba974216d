import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { canChangeClientStatus, ClientStatus, EnrollmentStatus, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { DischargeEnrollmentQuery, EnrollmentFieldsFragment } from '@waymark/web/core';
import { ActionError, textRule, useFormSubmit } from '@waymark/web/client';
import { dischargeClientMutation, dischargePlanQuery } from './discharge.operations';

/**
 * Step 4: once no enrollment of the client is open, the client may be discharged too (the
 * client status machine's move). Otherwise, or when they already are, it only says so.
 */
export function ClientStep({
  client,
  enrollmentId,
  enrollments,
  onDone,
  onReload,
}: {
  client: NonNullable<DischargeEnrollmentQuery['client']>;
  enrollmentId: string;
  enrollments: readonly EnrollmentFieldsFragment[];
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const [discharge, { loading }] = useMutation(dischargeClientMutation);
  // The API asks why a client is discharged; the discharge plan's reason is the likely answer.
  const { data } = useQuery(dischargePlanQuery, { variables: { enrollmentId } });
  const planned = data?.dischargePlan?.reason.slice(0, SHORT_TEXT_MAX_LENGTH) ?? '';
  const form = useForm({
    initialValues: { reason: planned },
    validate: { reason: textRule(tc, SHORT_TEXT_MAX_LENGTH, { required: true }) },
  });
  // On a cold load the plan comes after the form: its reason fills the field unless the worker has typed already.
  useEffect(() => {
    if (!planned || form.isDirty()) return;
    form.setInitialValues({ reason: planned });
    form.setValues({ reason: planned });
    // Only when the plan's reason arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planned]);
  const { submit, error } = useFormSubmit(
    form,
    async ({ reason }) => {
      await discharge({ variables: { input: { clientId: client.id, version: client.version, status: ClientStatus.DISCHARGED, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('discharge.client.done', { name: client.displayName }) });
    },
    { onDone },
  );
  const status = tc(`status.${client.status}`);
  const stillEnrolled = enrollments.some((enrollment) => enrollment.status !== EnrollmentStatus.CLOSED);
  // Decided when the step opens: once the discharge goes through, the step gives way to the next one, not to "already discharged".
  const [may] = useState(() => !stillEnrolled && client.mayChange && canChangeClientStatus(client.status, ClientStatus.DISCHARGED));
  if (!may) {
    return (
      <Stack gap="md">
        <Text>{stillEnrolled ? t('discharge.client.otherOpen', { name: client.displayName, status }) : t('discharge.client.already', { name: client.displayName, status })}</Text>
        <Group>
          <Button onClick={onDone}>{t('discharge.next')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm" maw={640}>
        <Text>{t('discharge.client.intro', { name: client.displayName })}</Text>
        <Textarea label={t('discharge.client.reason')} required autosize minRows={2} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('reason')} />
        <ActionError error={error} onReload={onReload} />
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('discharge.client.submit', { name: client.displayName })}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('discharge.client.skip')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
