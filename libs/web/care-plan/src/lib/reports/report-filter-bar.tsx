import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REPORT_PERIOD_MAX_DAYS, REPORT_PERIOD_PICKS, reportPeriod } from '@waymark/shared/types';
import { periodProblem, pickOf, type ReportFilterValues } from './report-filter';
import { reportChoicesQuery } from './reports.operations';

/** What every report on the page counts: a program, a worker, a period (typed, or one of the quick picks). */
export function ReportFilterBar({ values, today, onChange }: { values: ReportFilterValues; today: string; onChange: (patch: Partial<ReportFilterValues>) => void }) {
  const { t } = useTranslation('carePlan');
  const choices = useQuery(reportChoicesQuery);
  const programs = (choices.data?.programs ?? []).map((program) => ({ value: program.id, label: program.active ? program.name : t('reports.filter.inactive', { name: program.name }) }));
  const workers = (choices.data?.reportWorkers ?? []).map((worker) => ({ value: worker.id, label: worker.displayName }));
  const chosen = pickOf(values, today);
  const problem = periodProblem(values);
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('reports.filter.label')}>
        <Select
          label={t('reports.filter.program')}
          w={{ base: '100%', sm: 220 }}
          searchable
          allowDeselect={false}
          value={values.programId ?? ''}
          onChange={(programId) => onChange({ programId: programId || null })}
          data={[{ value: '', label: t('reports.filter.allPrograms') }, ...programs]}
          error={choices.error ? t('reports.filter.choicesFailed') : undefined}
        />
        <Select
          label={t('reports.filter.worker')}
          w={{ base: '100%', sm: 220 }}
          searchable
          allowDeselect={false}
          value={values.workerId ?? ''}
          onChange={(workerId) => onChange({ workerId: workerId || null })}
          data={[{ value: '', label: t('reports.filter.allWorkers') }, ...workers]}
        />
        <TextInput
          type="date"
          label={t('reports.filter.from')}
          w={{ base: '47%', sm: 170 }}
          value={values.from}
          onChange={(event) => event.currentTarget.value && onChange({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('reports.filter.to')}
          w={{ base: '47%', sm: 170 }}
          value={values.to}
          onChange={(event) => event.currentTarget.value && onChange({ to: event.currentTarget.value })}
        />
      </Group>
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('reports.filter.quickPicks')}>
        {REPORT_PERIOD_PICKS.map((pick) => (
          <Button key={pick} size="xs" variant={chosen === pick ? 'filled' : 'default'} aria-pressed={chosen === pick} onClick={() => onChange(reportPeriod(pick, today))}>
            {t(`reports.filter.pick.${pick}`)}
          </Button>
        ))}
      </Group>
      {problem ? (
        <Alert color="red" variant="light" role="alert">
          {t(`reports.filter.problem.${problem}`, { days: REPORT_PERIOD_MAX_DAYS })}
        </Alert>
      ) : null}
    </Stack>
  );
}
