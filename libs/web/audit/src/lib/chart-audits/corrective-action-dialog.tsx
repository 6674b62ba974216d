import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { addDays, CORRECTIVE_ACTION_MAX } from '@waymark/shared/types';
import { FormDialog, useFormSubmit } from '@waymark/web/client';
import { assignCorrectiveActionMutation, chartAuditChoicesQuery } from './chart-audits.operations';
import { type AuditedChart, type ChartAuditItem, itemLabel } from './chart-audit-words';

interface Values extends Record<string, unknown> {
  what: string;
  assigneeId: string;
  dueOn: string;
  itemKey: string;
}

/** Assigns a corrective action on a chart: what, who (the chart's current case manager unless named) and by when; it lands on that worker's worklist. */
export function CorrectiveActionDialog({ chart, items, itemKey, onClose }: { chart: AuditedChart; items: ChartAuditItem[]; itemKey: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('audit');
  const choices = useQuery(chartAuditChoicesQuery);
  const [assign, { loading }] = useMutation(assignCorrectiveActionMutation);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm<Values>({
    initialValues: { what: '', assigneeId: '', dueOn: addDays(today, 14), itemKey: itemKey ?? '' },
    validate: {
      what: (value) => (value.trim() ? null : t('chartAudits.required')),
      dueOn: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('chartAudits.required')),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ what, assigneeId, dueOn, itemKey: key }) => {
      await assign({ variables: { input: { chartId: chart.id, what: what.trim(), assigneeId: assigneeId || null, dueOn, itemKey: key || null } } });
      notifications.show({ color: 'green', message: t('chartAudits.actionDialog.assigned') });
    },
    { onDone: onClose },
  );
  // The API names the enrollment's case manager at the time of assigning, who may no longer be the worker sampled.
  const workerLabel = t('chartAudits.actionDialog.chartWorker');
  const others = choices.data?.appointmentStaff ?? [];
  return (
    <FormDialog title={t('chartAudits.actionDialog.title')} submitLabel={t('chartAudits.actionDialog.submit')} loading={loading} error={error} onSubmit={submit} onClose={onClose} size="lg">
      <Stack gap="sm">
        <Textarea label={t('chartAudits.actionDialog.what')} required autosize minRows={2} maxLength={CORRECTIVE_ACTION_MAX} data-autofocus {...form.getInputProps('what')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('chartAudits.actionDialog.assignee')}
            disabled={choices.loading}
            data={[{ value: '', label: workerLabel }, ...others.map((s) => ({ value: s.id, label: s.displayName }))]}
            {...form.getInputProps('assigneeId')}
          />
          <TextInput type="date" label={t('chartAudits.actionDialog.dueOn')} required min={today} {...form.getInputProps('dueOn')} />
        </SimpleGrid>
        <NativeSelect
          label={t('chartAudits.actionDialog.item')}
          data={[{ value: '', label: t('chartAudits.actionDialog.noItem') }, ...items.map((item) => ({ value: item.key, label: itemLabel(item, i18n.language) }))]}
          {...form.getInputProps('itemKey')}
        />
      </Stack>
    </FormDialog>
  );
}
