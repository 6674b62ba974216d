import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_SEVERITIES,
  INCIDENT_TYPES,
  type IncidentSeverity,
  type IncidentType,
  LONG_TEXT_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { fromLocalDateTime, toLocalDateTime } from '../../shared/date-time-input';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
import { useRebasedForm } from '../../shared/use-rebased-form';
import { optionalText, textRule } from '../../shared/validators';
import { notificationInput, notificationRules, pastDateTimeRule } from './incident-rules';
import { reportIncidentMutation, updateIncidentMutation } from './incident.operations';
import { emptyNotification, NotificationFields, type NotificationValues } from './notification-fields';

type IncidentValues = {
  incidentType: string;
  severity: string;
  occurredAt: string;
  location: string;
  description: string;
  actionsTaken: string;
  followUpDue: string;
  /** Only when reporting: those already told */
  notifications: NotificationValues[];
};

function valuesOf(incident: IncidentFieldsFragment | null): IncidentValues {
  return {
    incidentType: incident?.incidentType ?? '',
    severity: incident?.severity ?? '',
    occurredAt: toLocalDateTime(incident?.occurredAt ?? new Date()),
    location: incident?.location ?? '',
    description: incident?.description ?? '',
    actionsTaken: incident?.actionsTaken ?? '',
    followUpDue: incident?.followUpDue ?? '',
    notifications: [],
  };
}

/**
 * Reports a critical incident, or corrects a report until it is reviewed (`incident` given,
 * always its latest version: after a CONFLICT and a reload the form moves onto it, keeping
 * what was typed).
 */
export function IncidentForm({
  clientId,
  incident,
  onClose,
  onReload,
}: {
  clientId: string;
  incident: IncidentFieldsFragment | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const [report, reportState] = useMutation(reportIncidentMutation, { refetchQueries: ['ClientIncidents'] });
  const [update, updateState] = useMutation(updateIncidentMutation);
  const required = (value: string) => (value ? null : t('tabs.validation.required'));
  const { form } = useRebasedForm<IncidentValues>(valuesOf(incident), incident?.version ?? 0, {
    incidentType: required,
    severity: required,
    occurredAt: pastDateTimeRule(t),
    location: textRule(t, SHORT_TEXT_MAX_LENGTH),
    description: textRule(t, LONG_TEXT_MAX_LENGTH, { required: true }),
    actionsTaken: textRule(t, LONG_TEXT_MAX_LENGTH),
    notifications: notificationRules(t),
  });
  const { submit, error, clearError } = useFormSubmit(
    form,
    async (values) => {
      const fields = {
        incidentType: values.incidentType as IncidentType,
        severity: values.severity as IncidentSeverity,
        occurredAt: fromLocalDateTime(values.occurredAt) ?? '',
        location: optionalText(values.location),
        description: values.description.trim(),
        actionsTaken: optionalText(values.actionsTaken),
        followUpDue: values.followUpDue || null,
      };
      if (incident) {
        await update({ variables: { input: { incidentId: incident.id, version: incident.version, ...fields } } });
        notifications.show({ color: 'green', message: t('tabs.incidents.updated') });
      } else {
        await report({ variables: { input: { clientId, ...fields, notifications: values.notifications.map(notificationInput) } } });
        notifications.show({ color: 'green', message: t('tabs.incidents.reported') });
      }
    },
    { onDone: onClose },
  );

  return (
    <FormDialog
      size="lg"
      title={incident ? t('tabs.incidents.editTitle') : t('tabs.incidents.reportTitle')}
      submitLabel={incident ? t('tabs.common.saveChanges') : t('tabs.incidents.reportSubmit')}
      loading={reportState.loading || updateState.loading}
      error={error}
      errorOverrides={{ CONFLICT: t('tabs.common.conflictKeepEdits') }}
      onSubmit={submit}
      onClose={onClose}
      onReload={
        incident
          ? () => {
              clearError();
              onReload();
            }
          : undefined
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('tabs.incidents.typeLabel')}
          required
          data-autofocus
          data={[
            { value: '', label: t('tabs.incidents.chooseType'), disabled: true },
            ...INCIDENT_TYPES.map((type) => ({ value: type, label: t(`tabs.incidents.type.${type}`) })),
          ]}
          {...form.getInputProps('incidentType')}
        />
        <NativeSelect
          label={t('tabs.incidents.severityLabel')}
          required
          data={[
            { value: '', label: t('tabs.incidents.chooseSeverity'), disabled: true },
            ...INCIDENT_SEVERITIES.map((severity) => ({ value: severity, label: t(`tabs.incidents.severity.${severity}`) })),
          ]}
          {...form.getInputProps('severity')}
        />
        <TextInput type="datetime-local" label={t('tabs.incidents.occurredAt')} required max={toLocalDateTime(new Date())} {...form.getInputProps('occurredAt')} />
        <TextInput label={t('tabs.incidents.location')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('location')} />
      </SimpleGrid>
      <Textarea
        label={t('tabs.incidents.whatHappened')}
        required
        autosize
        minRows={4}
        maxRows={12}
        maxLength={LONG_TEXT_MAX_LENGTH}
        {...form.getInputProps('description')}
      />
      <Textarea label={t('tabs.incidents.actionsTaken')} autosize minRows={2} maxRows={8} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('actionsTaken')} />
      <TextInput type="date" label={t('tabs.incidents.followUpDue')} w={{ base: '100%', sm: 220 }} {...form.getInputProps('followUpDue')} />

      {incident ? null : (
        <Fieldset legend={t('tabs.incidents.alreadyNotified')}>
          <Stack gap="md">
            {form.values.notifications.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('tabs.incidents.noneNotifiedYet')}
              </Text>
            ) : null}
            {form.values.notifications.map((_, index) => (
              <Stack key={index} gap="xs">
                <NotificationFields inputProps={(path) => form.getInputProps(path)} path={`notifications.${index}.`} />
                <Group>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => form.removeListItem('notifications', index)}
                    aria-label={t('tabs.incidents.removeNotificationNumbered', { number: index + 1 })}
                  >
                    {t('tabs.incidents.removeNotification')}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Group>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('notifications', emptyNotification())}>
                {t('tabs.incidents.addNotified')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      )}
    </FormDialog>
  );
}
