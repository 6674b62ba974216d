import { SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ACKNOWLEDGEMENT_METHODS, type AcknowledgementMethod, calendarDay, MEDIUM_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { FormDialog, optionalText, textRule, useFormSubmit } from '@waymark/web/client';
import { acknowledgeCarePlanMutation } from './plan-flow.operations';
import { usePlanErrorWords } from './plan-errors';

/** Records how and when the client (or their guardian) agreed to the plan: a signature or their word. */
export function AcknowledgeDialog({
  plan,
  clientName,
  onClose,
  onDone,
  onReload,
}: {
  plan: { id: string; version: number; effectiveOn: string };
  clientName: string;
  onClose: () => void;
  /** After recording it: the button that opened the dialog is gone, so focus goes elsewhere */
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const errorWords = usePlanErrorWords();
  const today = calendarDay(new Date());
  const [acknowledge, { loading }] = useMutation(acknowledgeCarePlanMutation);
  const form = useForm({
    initialValues: { method: 'SIGNATURE' as AcknowledgementMethod, on: today > plan.effectiveOn ? today : plan.effectiveOn, by: clientName, note: '' },
    validate: {
      on: (value) =>
        !value ? tc('tabs.validation.date') : value > today ? t('plan.acknowledge.inFuture') : value < plan.effectiveOn ? t('plan.acknowledge.beforeStart') : null,
      by: textRule(tc, SHORT_TEXT_MAX_LENGTH, { required: true }),
      note: textRule(tc, MEDIUM_TEXT_MAX_LENGTH),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await acknowledge({
        variables: { input: { carePlanId: plan.id, version: plan.version, method: values.method, on: values.on, by: values.by.trim(), note: optionalText(values.note) } },
      });
      notifications.show({ color: 'green', message: t('plan.acknowledge.done') });
    },
    { onDone },
  );
  return (
    <FormDialog
      title={t('plan.acknowledge.title')}
      submitLabel={t('plan.acknowledge.submit')}
      loading={loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Stack gap="sm">
        <Text size="sm">{t('plan.acknowledge.text')}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="acknowledge-method">
            {t('plan.acknowledge.method')}
          </Text>
          <SegmentedControl
            aria-labelledby="acknowledge-method"
            data={ACKNOWLEDGEMENT_METHODS.map((method) => ({ value: method, label: t(`plan.method.${method}`) }))}
            {...form.getInputProps('method')}
          />
        </Stack>
        <TextInput type="date" label={t('plan.acknowledge.on')} required min={plan.effectiveOn} max={today} {...form.getInputProps('on')} />
        <TextInput label={t('plan.acknowledge.by')} description={t('plan.acknowledge.byHint')} required maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('by')} />
        <Textarea label={t('plan.acknowledge.note')} autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('note')} />
      </Stack>
    </FormDialog>
  );
}
