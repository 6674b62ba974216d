import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TaskPriority, type TaskKind } from '@waymark/shared/types';

const PRIORITY_COLOR: Record<TaskPriority, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'gray' };

/** A task's priority, named in words (the colour only repeats it). */
export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation('carePlan');
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant={priority === TaskPriority.URGENT ? 'filled' : 'light'} size="sm" style={{ minWidth: 'max-content' }}>
      {t('worklist.priorityLabel', { priority: t(`worklist.priority.${priority}`) })}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: TaskKind }) {
  const { t } = useTranslation('carePlan');
  return (
    <Badge color="gray" variant="outline" size="sm" style={{ minWidth: 'max-content' }}>
      {t(`worklist.kind.${kind}`)}
    </Badge>
  );
}
