import { Alert, Button, Fieldset, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  calendarDay,
  NAME_MAX_LENGTH,
  TRAINEE_ROLES,
  TRAINEES_MAX,
  traineeKey,
  TRAINING_DESCRIPTION_MAX_LENGTH,
  TRAINING_REFRESH_MONTHS,
  TRAINING_REFRESH_MONTHS_MAX,
  TRAINING_TOPICS,
  type TraineeRole,
  type TrainingTopic,
} from '@waymark/shared/types';
import { FormDialog, optionalText, textRule, useFormSubmit, useRecordPermissions, useWorkerOptions } from '@waymark/web/client';
import { careTeamContactsQuery, recordCareTeamTrainingMutation } from './care-team.operations';
import type { TrainingPrefill } from './training-prefill';

type TrainerKind = 'me' | 'worker' | 'outside';
type RefreshKind = 'default' | 'months' | 'date';

interface TraineeValues {
  name: string;
  role: string;
  contactId: string;
}

type TrainingValues = {
  topic: string;
  description: string;
  trainedOn: string;
  trainerKind: TrainerKind;
  workerId: string;
  trainerName: string;
  trainees: TraineeValues[];
  refreshKind: RefreshKind;
  refreshMonths: number | string;
  refreshDueOn: string;
};

const emptyTrainee = (): TraineeValues => ({ name: '', role: '', contactId: '' });

function valuesOf(prefill: TrainingPrefill | null, today: string): TrainingValues {
  return {
    topic: prefill?.topic ?? '',
    description: '',
    trainedOn: today,
    trainerKind: 'me',
    workerId: '',
    trainerName: '',
    trainees: [prefill ? { name: prefill.trainee.name, role: prefill.trainee.role, contactId: prefill.trainee.contactId ?? '' } : emptyTrainee()],
    refreshKind: 'default',
    refreshMonths: '',
    refreshDueOn: '',
  };
}

/**
 * Records a training: the topic and what was covered, the day, who trained (the worker, another
 * worker of the agency, or an outside trainer), the people trained (rows added and removed, each
 * optionally someone of the client's support network) and when to refresh (the topic's default,
 * months, or a date). From the status matrix it opens filled in with the topic and the person.
 */
export function TrainingForm({ clientId, prefill, onClose }: { clientId: string; prefill: TrainingPrefill | null; onClose: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tClient } = useTranslation('client');
  const { userId, isSupervisor } = useRecordPermissions();
  const today = calendarDay(new Date());
  const workers = useWorkerOptions(isSupervisor);
  const contacts = useQuery(careTeamContactsQuery, { variables: { clientId } });
  const [record, { loading }] = useMutation(recordCareTeamTrainingMutation, { refetchQueries: ['CareTeamTrainingStatus', 'CareTeamTrainings'] });
  const required = (value: string) => (value ? null : t('careTeam.form.errors.required'));
  const form = useForm<TrainingValues>({
    initialValues: valuesOf(prefill, today),
    validate: {
    topic: required,
    description: textRule(tClient, TRAINING_DESCRIPTION_MAX_LENGTH, { required: true }),
    trainedOn: (value) => (!value ? t('careTeam.form.errors.required') : value > today ? t('careTeam.form.errors.future') : null),
    workerId: (value, values) => (values.trainerKind === 'worker' ? required(value) : null),
    trainerName: (value, values) => (values.trainerKind === 'outside' ? textRule(tClient, NAME_MAX_LENGTH, { required: true })(value) : null),
    trainees: {
      name: (value, values, path) => {
        const own = textRule(tClient, NAME_MAX_LENGTH, { required: true })(value);
        if (own) return own;
        const index = Number(path.split('.')[1]);
        const key = traineeKey({ name: value, contactId: values.trainees[index].contactId || null });
        return values.trainees.slice(0, index).some((other) => traineeKey({ name: other.name, contactId: other.contactId || null }) === key) ? t('careTeam.form.errors.duplicate') : null;
      },
      role: required,
    },
    refreshMonths: (value, values) => {
      if (values.refreshKind !== 'months') return null;
      const months = Number(value);
      return Number.isInteger(months) && months >= 1 && months <= TRAINING_REFRESH_MONTHS_MAX ? null : t('careTeam.form.errors.months', { max: TRAINING_REFRESH_MONTHS_MAX });
    },
    refreshDueOn: (value, values) =>
      values.refreshKind !== 'date' ? null : !value ? t('careTeam.form.errors.required') : value < values.trainedOn ? t('careTeam.form.errors.beforeTraining') : null,
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await record({
        variables: {
          input: {
            clientId,
            topic: values.topic as TrainingTopic,
            description: values.description.trim(),
            trainedOn: values.trainedOn,
            trainerId: values.trainerKind === 'me' ? userId : values.trainerKind === 'worker' ? values.workerId : null,
            trainerName: values.trainerKind === 'outside' ? optionalText(values.trainerName) : null,
            trainees: values.trainees.map((trainee) => ({ name: trainee.name.trim(), role: trainee.role as TraineeRole, contactId: trainee.contactId || null })),
            refreshMonths: values.refreshKind === 'months' ? Number(values.refreshMonths) : null,
            refreshDueOn: values.refreshKind === 'date' ? values.refreshDueOn : null,
          },
        },
      });
      notifications.show({ color: 'green', message: t('careTeam.form.done') });
    },
    { onDone: onClose, aliases: { trainerId: 'workerId' } },
  );
  const topicMonths = form.values.topic ? TRAINING_REFRESH_MONTHS[form.values.topic as TrainingTopic] : null;
  const network = contacts.data?.clientContacts ?? [];
  const pickContact = (index: number, contactId: string) => {
    form.setFieldValue(`trainees.${index}.contactId`, contactId);
    const contact = network.find((c) => c.id === contactId);
    if (contact && !form.values.trainees[index].name.trim()) form.setFieldValue(`trainees.${index}.name`, contact.name);
  };

  return (
    <FormDialog
      size="xl"
      title={prefill ? t('careTeam.form.refresherTitle') : t('careTeam.form.title')}
      submitLabel={t('careTeam.form.submit')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('careTeam.form.topic')}
          required
          data-autofocus
          data={[{ value: '', label: t('careTeam.form.chooseTopic'), disabled: true }, ...TRAINING_TOPICS.map((topic) => ({ value: topic, label: t(`careTeam.topic.${topic}`) }))]}
          {...form.getInputProps('topic')}
        />
        <TextInput type="date" label={t('careTeam.form.trainedOn')} required max={today} {...form.getInputProps('trainedOn')} />
      </SimpleGrid>
      <Textarea label={t('careTeam.form.description')} required autosize minRows={2} maxRows={8} maxLength={TRAINING_DESCRIPTION_MAX_LENGTH} {...form.getInputProps('description')} />

      <Radio.Group label={t('careTeam.form.trainer')} {...form.getInputProps('trainerKind')}>
        <Group gap="lg" mt={4}>
          <Radio value="me" label={t('careTeam.form.trainerMe')} />
          {isSupervisor ? <Radio value="worker" label={t('careTeam.form.trainerWorker')} /> : null}
          <Radio value="outside" label={t('careTeam.form.trainerOutside')} />
        </Group>
      </Radio.Group>
      {form.values.trainerKind === 'worker' ? (
        <NativeSelect
          label={t('careTeam.form.worker')}
          required
          disabled={workers.loading}
          data={[{ value: '', label: t('careTeam.form.chooseWorker'), disabled: true }, ...workers.options]}
          {...form.getInputProps('workerId')}
        />
      ) : null}
      {form.values.trainerKind === 'outside' ? <TextInput label={t('careTeam.form.trainerName')} required maxLength={NAME_MAX_LENGTH} {...form.getInputProps('trainerName')} /> : null}

      <Fieldset legend={t('careTeam.form.trainees')}>
        <Stack gap="md">
          {contacts.error ? (
            <Alert color="yellow" variant="light">
              {t('careTeam.form.contactsFailed')}
            </Alert>
          ) : null}
          {form.values.trainees.map((trainee, index) => (
            <Group key={index} align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('careTeam.form.traineeName')}
                aria-label={t('careTeam.form.traineeNameNumbered', { number: index + 1 })}
                required
                maxLength={NAME_MAX_LENGTH}
                style={{ flex: '2 1 180px' }}
                {...form.getInputProps(`trainees.${index}.name`)}
              />
              <NativeSelect
                label={t('careTeam.form.traineeRole')}
                aria-label={t('careTeam.form.traineeRoleNumbered', { number: index + 1 })}
                required
                style={{ flex: '1 1 160px' }}
                data={[{ value: '', label: '—', disabled: true }, ...TRAINEE_ROLES.map((role) => ({ value: role, label: t(`careTeam.role.${role}`) }))]}
                {...form.getInputProps(`trainees.${index}.role`)}
              />
              <NativeSelect
                label={t('careTeam.form.contact')}
                aria-label={t('careTeam.form.contactNumbered', { number: index + 1 })}
                style={{ flex: '1 1 160px' }}
                data={[{ value: '', label: t('careTeam.form.noContact') }, ...network.map((contact) => ({ value: contact.id, label: `${contact.name} (${contact.relationship})` }))]}
                value={trainee.contactId}
                onChange={(event) => pickContact(index, event.currentTarget.value)}
              />
              {form.values.trainees.length > 1 ? (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  aria-label={t('careTeam.form.removeTraineeNumbered', { number: index + 1 })}
                  onClick={() => form.removeListItem('trainees', index)}
                >
                  {t('careTeam.form.removeTrainee')}
                </Button>
              ) : null}
            </Group>
          ))}
          {form.values.trainees.length < TRAINEES_MAX ? (
            <Group>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('trainees', emptyTrainee())}>
                {t('careTeam.form.addTrainee')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Fieldset>

      <Radio.Group label={t('careTeam.form.refresh')} {...form.getInputProps('refreshKind')}>
        <Stack gap="xs" mt={4}>
          <Radio value="default" label={topicMonths ? t('careTeam.form.refreshDefault', { months: topicMonths }) : form.values.topic ? t('careTeam.form.refreshNone') : t('careTeam.form.refreshTopicDefault')} />
          <Radio value="months" label={t('careTeam.form.refreshMonths')} />
          <Radio value="date" label={t('careTeam.form.refreshDate')} />
        </Stack>
      </Radio.Group>
      {form.values.refreshKind === 'months' ? (
        <NumberInput label={t('careTeam.form.months')} required min={1} max={TRAINING_REFRESH_MONTHS_MAX} allowDecimal={false} w={{ base: '100%', sm: 180 }} {...form.getInputProps('refreshMonths')} />
      ) : null}
      {form.values.refreshKind === 'date' ? (
        <TextInput type="date" label={t('careTeam.form.refreshOn')} required min={form.values.trainedOn} w={{ base: '100%', sm: 220 }} {...form.getInputProps('refreshDueOn')} />
      ) : null}
    </FormDialog>
  );
}
