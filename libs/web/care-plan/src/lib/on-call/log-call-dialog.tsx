import { Checkbox, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CALL_SEVERITIES, CALLER_RELATIONS, type CallerRelation, type CallSeverity, LONG_TEXT_MAX_LENGTH, NAME_MAX_LENGTH } from '@waymark/shared/types';
import { ClientPicker, FormDialog, fromLocalDateTime, optionalText, phoneRule, textRule, toLocalDateTime, useFormSubmit } from '@waymark/web/client';
import { logEmergencyCallMutation } from './on-call.operations';

type CallValues = {
  receivedAt: string;
  callerName: string;
  callerRelation: string;
  callerPhone: string;
  clientId: string | null;
  whatHappened: string;
  actionTaken: string;
  severity: string;
  followUpNeeded: boolean;
};

/** The on-call worker logs a call: who called about whom, what happened, what they did, and whether the client's worker must follow up. */
export function LogCallDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const [log, { loading }] = useMutation(logEmergencyCallMutation, { refetchQueries: ['EmergencyCalls'] });
  const required = (value: string) => (value ? null : tc('tabs.validation.required'));
  const form = useForm<CallValues>({
    initialValues: {
      receivedAt: toLocalDateTime(new Date()),
      callerName: '',
      callerRelation: '',
      callerPhone: '',
      clientId: null,
      whatHappened: '',
      actionTaken: '',
      severity: 'MODERATE',
      followUpNeeded: false,
    },
    validate: {
      receivedAt: (value) => {
        const at = fromLocalDateTime(value);
        if (!at) return tc('tabs.validation.dateTime');
        return new Date(at).getTime() > Date.now() + 60_000 ? t('onCall.log.inFuture') : null;
      },
      callerName: textRule(tc, NAME_MAX_LENGTH, { required: true }),
      callerRelation: required,
      callerPhone: phoneRule(tc),
      whatHappened: textRule(tc, LONG_TEXT_MAX_LENGTH, { required: true }),
      actionTaken: textRule(tc, LONG_TEXT_MAX_LENGTH, { required: true }),
      followUpNeeded: (value, values) => (value && !values.clientId ? t('onCall.log.followUpNeedsClient') : null),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await log({
        variables: {
          input: {
            receivedAt: fromLocalDateTime(values.receivedAt) ?? '',
            callerName: values.callerName.trim(),
            callerRelation: values.callerRelation as CallerRelation,
            callerPhone: optionalText(values.callerPhone),
            clientId: values.clientId,
            whatHappened: values.whatHappened.trim(),
            actionTaken: values.actionTaken.trim(),
            severity: values.severity as CallSeverity,
            followUpNeeded: values.followUpNeeded,
          },
        },
      });
      notifications.show({ color: 'green', message: t('onCall.log.done') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog size="lg" title={t('onCall.log.title')} submitLabel={t('onCall.log.submit')} loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput type="datetime-local" label={t('onCall.log.receivedAt')} required max={toLocalDateTime(new Date())} data-autofocus {...form.getInputProps('receivedAt')} />
        <NativeSelect
          label={t('onCall.log.severity')}
          required
          data={CALL_SEVERITIES.map((severity) => ({ value: severity, label: t(`onCall.severity.${severity}`) }))}
          {...form.getInputProps('severity')}
        />
        <TextInput label={t('onCall.log.callerName')} required maxLength={NAME_MAX_LENGTH} {...form.getInputProps('callerName')} />
        <NativeSelect
          label={t('onCall.log.callerRelation')}
          required
          data={[{ value: '', label: t('onCall.log.chooseRelation'), disabled: true }, ...CALLER_RELATIONS.map((relation) => ({ value: relation, label: t(`onCall.relation.${relation}`) }))]}
          {...form.getInputProps('callerRelation')}
        />
        <TextInput type="tel" label={t('onCall.log.callerPhone')} {...form.getInputProps('callerPhone')} />
      </SimpleGrid>
      <ClientPicker
        value={form.values.clientId}
        onChange={(clientId) => {
          form.setFieldValue('clientId', clientId);
          if (!clientId) form.setFieldValue('followUpNeeded', false);
        }}
        error={form.errors['clientId']}
      />
      <Textarea label={t('onCall.log.whatHappened')} required autosize minRows={3} maxRows={10} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('whatHappened')} />
      <Textarea label={t('onCall.log.actionTaken')} required autosize minRows={3} maxRows={10} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('actionTaken')} />
      <Checkbox
        label={t('onCall.log.followUpNeeded')}
        description={form.values.clientId ? t('onCall.log.followUpHint') : t('onCall.log.followUpNeedsClient')}
        disabled={!form.values.clientId}
        {...form.getInputProps('followUpNeeded', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
