import { Badge, CloseButton, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DUE_WITHIN_DAYS_MAX, TASK_KINDS, TASK_TIMINGS, type TaskKind, type TaskTiming } from '@waymark/shared/types';
import type { WorkerOption } from '@waymark/web/client';

/** Whose tasks a supervisor looks at: their own, the supervisors' queue, everyone's, or one worker's (by id). */
export type Whose = 'me' | 'queue' | 'all' | string;

export interface WorklistFilterValues {
  timing: TaskTiming | null;
  kind: TaskKind | null;
  /** Only tasks due no later than this many days from today (a dashboard tile's window) */
  dueWithin: number | null;
  whose: Whose;
}

/** A whole number of days the API takes as `dueWithinDays`, or null. */
function dueWithinFrom(param: string | null): number | null {
  if (!param || !/^\d+$/.test(param)) return null;
  const days = Number(param);
  return days >= 1 && days <= DUE_WITHIN_DAYS_MAX ? days : null;
}

/** The filters live in the address (`?timing=OVERDUE&kind=VISIT&dueWithin=7&whose=<id>`), so a link from the dashboard opens them. */
export function filtersFromParams(params: URLSearchParams): WorklistFilterValues {
  const timing = params.get('timing');
  const kind = params.get('kind');
  return {
    timing: TASK_TIMINGS.find((value) => value === timing) ?? null,
    kind: TASK_KINDS.find((value) => value === kind) ?? null,
    dueWithin: dueWithinFrom(params.get('dueWithin')),
    whose: params.get('whose') || 'me',
  };
}

export function filtersToParams({ timing, kind, dueWithin, whose }: WorklistFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (timing) params.set('timing', timing);
  if (kind) params.set('kind', kind);
  if (dueWithin) params.set('dueWithin', String(dueWithin));
  if (whose !== 'me') params.set('whose', whose);
  return params;
}

export function WorklistFilters({
  values,
  workers,
  onChange,
}: {
  values: WorklistFilterValues;
  /** The workers a supervisor may switch to; none for everyone else */
  workers: WorkerOption[] | null;
  onChange: (patch: Partial<WorklistFilterValues>) => void;
}) {
  const { t } = useTranslation('carePlan');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('worklist.filters.label')}>
      {workers ? (
        <Select
          label={t('worklist.filters.whose')}
          searchable
          allowDeselect={false}
          w={{ base: '100%', sm: 260 }}
          value={values.whose}
          onChange={(whose) => onChange({ whose: whose ?? 'me' })}
          data={[
            { value: 'me', label: t('worklist.filters.mine') },
            { value: 'queue', label: t('worklist.filters.queue') },
            { value: 'all', label: t('worklist.filters.everyone') },
            ...workers,
          ]}
        />
      ) : null}
      <Select
        label={t('worklist.filters.timing')}
        w={{ base: '100%', sm: 180 }}
        allowDeselect={false}
        value={values.timing ?? ''}
        onChange={(timing) => onChange({ timing: (timing || null) as TaskTiming | null })}
        data={[{ value: '', label: t('worklist.filters.anyTiming') }, ...TASK_TIMINGS.map((timing) => ({ value: timing, label: t(`worklist.timing.${timing}`) }))]}
      />
      <Select
        label={t('worklist.filters.kind')}
        w={{ base: '100%', sm: 240 }}
        allowDeselect={false}
        value={values.kind ?? ''}
        onChange={(kind) => onChange({ kind: (kind || null) as TaskKind | null })}
        data={[{ value: '', label: t('worklist.filters.anyKind') }, ...TASK_KINDS.map((kind) => ({ value: kind, label: t(`worklist.kind.${kind}`) }))]}
      />
      {values.dueWithin ? (
        // Only a link (a dashboard tile) sets the window, so it shows as a chip to take off rather than a field.
        <Badge
          size="lg"
          variant="light"
          tt="none"
          mb={6}
          rightSection={
            <CloseButton
              size="xs"
              variant="transparent"
              aria-label={t('worklist.filters.removeDueWithin', { count: values.dueWithin })}
              onClick={() => onChange({ dueWithin: null })}
            />
          }
        >
          {t('worklist.filters.dueWithin', { count: values.dueWithin })}
        </Badge>
      ) : null}
    </Group>
  );
}
