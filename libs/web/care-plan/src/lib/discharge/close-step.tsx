import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, MEDIUM_TEXT_MAX_LENGTH, type ClosureBlocker } from '@waymark/shared/types';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { ActionError, textRule, useFormSubmit } from '@waymark/web/client';
import { BlockerList } from './blocker-list';
import { closureBlockersOf } from './closure-blockers';
import { TASK_LIST_QUERIES } from '../worklist/task-lists';
import { dischargeCloseEnrollmentMutation, dischargePlanQuery } from './discharge.operations';

/**
 * Step 3: closes the enrollment with a reason and a day (the discharge plan's, when it has
 * come). Should something stand in the way after all, the API's blockers are listed with the
 * way back to fix them.
 */
export function CloseStep({
  clientId,
  clientName,
  enrollment,
  onBack,
  onDone,
  onReload,
}: {
  clientId: string;
  clientName: string;
  enrollment: EnrollmentFieldsFragment;
  onBack: () => void;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const today = calendarDay(new Date());
  const program = enrollment.program.name;
  const { data } = useQuery(dischargePlanQuery, { variables: { enrollmentId: enrollment.id } });
  const plan = data?.dischargePlan;
  // Closing cancels the enrollment's open tasks, creates its follow-ups and closes its plans.
  const [close, { loading }] = useMutation(dischargeCloseEnrollmentMutation, { refetchQueries: [...TASK_LIST_QUERIES, 'ClientCarePlans'] });
  const [blockers, setBlockers] = useState<ClosureBlocker[] | null>(null);
  const planned = (from: typeof plan) => ({ reason: from?.reason ?? '', closedOn: from && from.plannedOn <= today ? from.plannedOn : today });
  const form = useForm({
    initialValues: planned(plan),
    validate: {
      reason: textRule(tc, MEDIUM_TEXT_MAX_LENGTH, { required: true }),
      closedOn: (value) =>
        !value ? tc('tabs.validation.date') : value > today ? t('discharge.close.dateInFuture') : value < enrollment.openedOn ? t('discharge.close.dateBeforeOpened') : null,
    },
  });
  // On a cold load the discharge plan comes after the form: it fills the form unless the worker has typed already.
  useEffect(() => {
    if (!plan || form.isDirty()) return;
    form.setInitialValues(planned(plan));
    form.setValues(planned(plan));
    // Only when the plan arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan]);
  const { submit, error } = useFormSubmit(
    form,
    async ({ reason, closedOn }) => {
      setBlockers(null);
      try {
        await close({ variables: { input: { enrollmentId: enrollment.id, version: enrollment.version, closeReason: reason.trim(), closedOn } } });
      } catch (failure) {
        // What stands in the way is listed below with the way to fix it, not said as a failure.
        const named = closureBlockersOf(failure);
        if (!named) throw failure;
        setBlockers(named);
        return;
      }
      notifications.show({ color: 'green', message: t('discharge.close.done', { program }) });
      onDone();
    },
    { aliases: { closeReason: 'reason' } },
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm" maw={640}>
        <Text>{t('discharge.close.intro', { program, name: clientName })}</Text>
        <Textarea label={t('discharge.close.reason')} required autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('reason')} />
        <TextInput type="date" label={t('discharge.close.closedOn')} required min={enrollment.openedOn} max={today} {...form.getInputProps('closedOn')} />
        {blockers ? (
          <Alert color="red" variant="light" role="alert" title={t('discharge.close.blocked')}>
            <Stack gap="sm">
              <BlockerList clientId={clientId} blockers={blockers} />
              <Group>
                <Button size="xs" variant="white" color="red" onClick={onBack}>
                  {t('discharge.steps.blockers')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <ActionError error={error} onReload={onReload} />
        )}
        <Group>
          <Button type="submit" color="red" loading={loading}>
            {t('discharge.close.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
