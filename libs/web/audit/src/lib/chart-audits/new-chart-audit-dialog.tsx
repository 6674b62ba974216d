import { NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CHART_AUDIT_SAMPLE_MAX, CHART_AUDIT_SAMPLE_RULES, CHART_AUDIT_SEED_MAX, type ChartAuditSampleRule, Role } from '@waymark/shared/types';
import { FormDialog, useFormSubmit } from '@waymark/web/client';
import { startChartAuditMutation, chartAuditChoicesQuery } from './chart-audits.operations';
import { quarterChoices } from './quarter-choices';

interface Values extends Record<string, unknown> {
  quarter: string;
  programId: string;
  workerId: string;
  method: 'random' | 'rule';
  rule: ChartAuditSampleRule;
  sampleSize: number | string;
  seed: string;
}

/** Starts a quarter's chart audit: which charts (program, worker), how many, at random or by rule. */
export function NewChartAuditDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('audit');
  const navigate = useNavigate();
  const choices = useQuery(chartAuditChoicesQuery);
  const [start, { loading }] = useMutation(startChartAuditMutation);
  const quarters = quarterChoices(new Date().toISOString().slice(0, 10));
  const form = useForm<Values>({
    initialValues: { quarter: quarters[0], programId: '', workerId: '', method: 'random', rule: 'HIGH_RISK', sampleSize: 10, seed: '' },
    validate: {
      sampleSize: (value) => (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= CHART_AUDIT_SAMPLE_MAX ? null : t('chartAudits.newDialog.sampleSizeHint', { max: CHART_AUDIT_SAMPLE_MAX })),
    },
  });
  const { submit, error } = useFormSubmit(form, async ({ quarter, programId, workerId, method, rule, sampleSize, seed }) => {
    const { data } = await start({
      variables: { input: { quarter, programId: programId || null, workerId: workerId || null, rule: method === 'rule' ? rule : null, sampleSize: Number(sampleSize), seed: seed.trim() || null } },
    });
    const review = data?.startChartAudit;
    if (!review) return;
    notifications.show({ color: 'green', message: t('chartAudits.newDialog.started', { count: review.charts.length }) });
    onClose();
    void navigate(`/chart-audits/${review.audit.id}`);
  });
  const workers = (choices.data?.appointmentStaff ?? []).filter((s) => s.role === Role.CASE_MANAGER || s.role === Role.SUPERVISOR);
  return (
    <FormDialog title={t('chartAudits.newDialog.title')} submitLabel={t('chartAudits.newDialog.submit')} loading={loading} error={error} onSubmit={submit} onClose={onClose} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label={t('chartAudits.newDialog.quarter')} required data={quarters} data-autofocus {...form.getInputProps('quarter')} />
          <NumberInput
            label={t('chartAudits.newDialog.sampleSize')}
            description={t('chartAudits.newDialog.sampleSizeHint', { max: CHART_AUDIT_SAMPLE_MAX })}
            required
            min={1}
            max={CHART_AUDIT_SAMPLE_MAX}
            allowDecimal={false}
            {...form.getInputProps('sampleSize')}
          />
          <NativeSelect
            label={t('chartAudits.newDialog.program')}
            disabled={choices.loading}
            data={[{ value: '', label: t('chartAudits.allPrograms') }, ...(choices.data?.programs ?? []).map((p) => ({ value: p.id, label: p.name }))]}
            {...form.getInputProps('programId')}
          />
          <NativeSelect
            label={t('chartAudits.newDialog.worker')}
            disabled={choices.loading}
            data={[{ value: '', label: t('chartAudits.anyWorker') }, ...workers.map((w) => ({ value: w.id, label: w.displayName }))]}
            {...form.getInputProps('workerId')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="chart-audit-method">
            {t('chartAudits.newDialog.method')}
          </Text>
          <SegmentedControl
            aria-labelledby="chart-audit-method"
            data={[
              { value: 'random', label: t('chartAudits.newDialog.random') },
              { value: 'rule', label: t('chartAudits.newDialog.byRule') },
            ]}
            {...form.getInputProps('method')}
          />
        </Stack>
        {form.values.method === 'rule' ? (
          <NativeSelect
            label={t('chartAudits.newDialog.rule')}
            required
            data={CHART_AUDIT_SAMPLE_RULES.map((rule) => ({ value: rule, label: t(`chartAudits.rule.${rule}`) }))}
            {...form.getInputProps('rule')}
          />
        ) : null}
        <TextInput label={t('chartAudits.newDialog.seed')} description={t('chartAudits.newDialog.seedHint')} maxLength={CHART_AUDIT_SEED_MAX} {...form.getInputProps('seed')} />
      </Stack>
    </FormDialog>
  );
}
