import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH, MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ErrorState, LoadingState, type EnrollmentFieldsFragment } from '@waymark/web/core';
import { ActionError, formatDateTime, optionalText, textRule, useFormSubmit } from '@waymark/web/client';
import { dischargePlanQuery, saveDischargePlanMutation } from './discharge.operations';

/** Step 1: when and why the client leaves, the aftercare and the services that go on; saved (or updated) before moving on. */
export function DischargePlanStep({ enrollment, onDone }: { enrollment: EnrollmentFieldsFragment; onDone: () => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(dischargePlanQuery, { variables: { enrollmentId: enrollment.id } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const plan = data?.dischargePlan ?? null;
  return (
    <Stack gap="md">
      <Text>{t('discharge.plan.intro')}</Text>
      {plan ? (
        <Text size="sm" c="dimmed">
          {t('discharge.plan.savedBy', { date: formatDateTime(plan.updatedAt, i18n.language), name: plan.createdBy?.displayName ?? '' })}
        </Text>
      ) : null}
      {/* Keyed by version: after a save or a reload the form starts from what is stored. */}
      <DischargePlanForm key={plan?.version ?? 0} enrollment={enrollment} plan={plan} onDone={onDone} onReload={() => void refetch()} />
    </Stack>
  );
}

function DischargePlanForm({
  enrollment,
  plan,
  onDone,
  onReload,
}: {
  enrollment: EnrollmentFieldsFragment;
  plan: { version: number; plannedOn: string; reason: string; aftercare?: string | null; continuingServices?: string | null } | null;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  // The next steps read the plan (its reason, its day) from the query, so it is loaded again first.
  const [save, { loading }] = useMutation(saveDischargePlanMutation, { refetchQueries: ['DischargePlan'], awaitRefetchQueries: true });
  const form = useForm({
    initialValues: {
      plannedOn: plan?.plannedOn ?? '',
      reason: plan?.reason ?? '',
      aftercare: plan?.aftercare ?? '',
      continuingServices: plan?.continuingServices ?? '',
    },
    validate: {
      plannedOn: (value) => (!value ? tc('tabs.validation.date') : value < enrollment.openedOn ? t('discharge.close.dateBeforeOpened') : null),
      reason: textRule(tc, MEDIUM_TEXT_MAX_LENGTH, { required: true }),
      aftercare: textRule(tc, LONG_TEXT_MAX_LENGTH),
      continuingServices: textRule(tc, LONG_TEXT_MAX_LENGTH),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ plannedOn, reason, aftercare, continuingServices }) => {
      await save({
        variables: {
          input: {
            enrollmentId: enrollment.id,
            version: plan?.version ?? null,
            plannedOn,
            reason: reason.trim(),
            aftercare: optionalText(aftercare),
            continuingServices: optionalText(continuingServices),
          },
        },
      });
      notifications.show({ color: 'green', message: t('discharge.plan.saved') });
    },
    { onDone },
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm" maw={640}>
        <TextInput type="date" label={t('discharge.plan.plannedOn')} required min={enrollment.openedOn} {...form.getInputProps('plannedOn')} />
        <Textarea label={t('discharge.plan.reason')} required autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('reason')} />
        <Textarea
          label={t('discharge.plan.aftercare')}
          description={t('discharge.plan.aftercareHint')}
          autosize
          minRows={3}
          maxLength={LONG_TEXT_MAX_LENGTH}
          {...form.getInputProps('aftercare')}
        />
        <Textarea
          label={t('discharge.plan.continuingServices')}
          description={t('discharge.plan.continuingServicesHint')}
          autosize
          minRows={2}
          maxLength={LONG_TEXT_MAX_LENGTH}
          {...form.getInputProps('continuingServices')}
        />
        <ActionError error={error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('discharge.plan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
