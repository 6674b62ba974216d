import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ClosureBlockerKind, type ClosureBlocker } from '@waymark/shared/types';
import { TaskList } from '../worklist/task-list';
import type { TaskItem } from '../worklist/task-item';
import type { TaskAct } from '../worklist/task-row';
import { blockerPath } from './closure-blockers';

/**
 * Each thing that stands in the way of closing, in words, with the way to fix it: a link to the
 * note or the plan on the record, or the open task itself, to complete or cancel right here.
 */
export function BlockerList({
  clientId,
  blockers,
  tasks = [],
  onTaskAct,
}: {
  clientId: string;
  blockers: readonly ClosureBlocker[];
  /** The enrollment's open tasks, to show under the blockers that name them */
  tasks?: readonly TaskItem[];
  onTaskAct?: (act: TaskAct, task: TaskItem) => void;
}) {
  const { t } = useTranslation('carePlan');
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {blockers.map((blocker) => {
        const path = blockerPath(clientId, blocker);
        const task = blocker.kind === ClosureBlockerKind.OPEN_TASK ? tasks.find((item) => item.id === blocker.id) : undefined;
        const action = t(`discharge.blockers.fix.${blocker.kind}`);
        return (
          <li key={`${blocker.kind}-${blocker.id}`}>
            <Stack gap={4}>
              <Text fw={600}>{t(`discharge.blockers.kind.${blocker.kind}`)}</Text>
              {task && onTaskAct ? (
                <TaskList tasks={[task]} headingOrder={4} onAct={onTaskAct} />
              ) : (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {blocker.description}
                </Text>
              )}
              {path ? (
                <Anchor component={Link} to={path} size="sm" aria-label={t('discharge.blockers.fixNamed', { action, description: blocker.description })}>
                  {action}
                </Anchor>
              ) : null}
            </Stack>
          </li>
        );
      })}
    </Stack>
  );
}
