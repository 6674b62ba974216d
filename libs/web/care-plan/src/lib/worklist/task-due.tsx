import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { calendarDay, TaskTiming } from '@waymark/shared/types';
import { formatCalendarDate } from '@waymark/web/client';
import { dueDistance, type TaskItem } from './task-item';

/** "Due Nov 24, 2026 · overdue by 3 days": the day in the reader's language, and how far it is from today. */
export function TaskDue({ task }: { task: Pick<TaskItem, 'dueOn' | 'timing'> }) {
  const { t, i18n } = useTranslation('carePlan');
  const { timing, days } = dueDistance(task, calendarDay(new Date()));
  const due = t('worklist.row.due', { date: formatCalendarDate(task.dueOn, i18n.language) });
  const distance =
    timing === TaskTiming.OVERDUE
      ? t('worklist.row.overdueBy', { count: days })
      : timing === TaskTiming.TODAY
        ? t('worklist.row.dueToday')
        : timing === TaskTiming.UPCOMING
          ? t('worklist.row.dueIn', { count: days })
          : null;
  return (
    <Text size="sm" c={timing === TaskTiming.OVERDUE ? 'red.8' : undefined} fw={timing === TaskTiming.OVERDUE ? 600 : undefined}>
      {distance ? `${due} · ${distance}` : due}
    </Text>
  );
}
