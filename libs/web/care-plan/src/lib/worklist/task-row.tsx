import { Anchor, Badge, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taskClosesItself, TaskStatus } from '@waymark/shared/types';
import { formatDateTime } from '@waymark/web/client';
import { KindBadge, PriorityBadge } from './task-badges';
import { TaskDue } from './task-due';
import { taskWork } from './task-work-path';
import type { TaskItem } from './task-item';
import { useTaskTitle } from './task-title';

export type TaskAct = 'complete' | 'edit' | 'cancel' | 'reassign';

/** The id of a task's row, to bring focus back to it (or to its neighbour) after an act. */
export const taskRowId = (taskId: string) => `task-${taskId}`;

/**
 * One task: what, for which client (a link to the record), when it is due and how far that is
 * from today, its priority; an open task offers Complete and, under "More", edit, cancel and
 * (for supervisors) reassign. A task that closes itself when its work is done says so instead of
 * offering Complete, and only a supervisor or an admin may cancel it (as the API allows).
 */
export function TaskRow({
  task,
  showAssignee = false,
  headingOrder = 3,
  mayAct,
  oversees,
  onAct,
}: {
  task: TaskItem;
  showAssignee?: boolean;
  /** The level of the task's title under the list's heading */
  headingOrder?: 3 | 4;
  /** Whether the signed-in person carries tasks (an auditor only reads) */
  mayAct: boolean;
  /** Whether they oversee the worklist: reassign any task, cancel one that closes itself */
  oversees: boolean;
  onAct: (act: TaskAct, task: TaskItem) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const title = useTaskTitle()(task);
  const open = task.status === TaskStatus.OPEN;
  const headingId = `task-${task.id}-title`;
  const work = open ? taskWork(task) : null;
  const closesItself = taskClosesItself(task);
  const mayComplete = open && mayAct && !closesItself;
  const mayCancel = open && mayAct && (!closesItself || oversees);
  return (
    <Paper component="article" id={taskRowId(task.id)} tabIndex={-1} withBorder radius="md" p="sm" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} miw={0} style={{ flex: '1 1 18rem' }}>
          <Group gap="xs" wrap="wrap">
            <Text component={`h${headingOrder}`} fz="md" fw={600} m={0} id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Text>
            <KindBadge kind={task.kind} />
            <PriorityBadge priority={task.priority} />
            {task.escalatedAt && open ? (
              <Badge color="red" variant="light" size="sm">
                {t('worklist.row.escalated')}
              </Badge>
            ) : null}
            {!open ? (
              <Badge color="gray" variant="light" size="sm">
                {t(`worklist.status.${task.status}`)}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm">
            {task.client ? (
              <Anchor component={Link} to={`/clients/${task.client.id}`}>
                {task.client.displayName}
              </Anchor>
            ) : (
              <Text span c="dimmed" size="sm">
                {t('worklist.row.noClient')}
              </Text>
            )}
            {showAssignee ? (
              <Text span c="dimmed" size="sm">
                {' · '}
                {task.assignee ? t('worklist.row.assignee', { name: task.assignee.displayName }) : t('worklist.row.queue')}
              </Text>
            ) : null}
          </Text>
          {open ? <TaskDue task={task} /> : null}
          {open && closesItself ? (
            <Text size="sm" c="dimmed">
              {t(`worklist.row.closesWhen.${task.kind}`)}
            </Text>
          ) : null}
          {work ? (
            <Anchor
              component={Link}
              to={work.path}
              size="sm"
              aria-label={t('worklist.workNamed', { work: t(`worklist.work.${work.work}`), title })}
            >
              {t(`worklist.work.${work.work}`)}
            </Anchor>
          ) : null}
          {task.status === TaskStatus.DONE && task.completedAt ? (
            <Text size="sm" c="dimmed">
              {task.completedBy
                ? t('worklist.row.completed', { date: formatDateTime(task.completedAt, i18n.language), name: task.completedBy.displayName })
                : t('worklist.row.closedItself', { date: formatDateTime(task.completedAt, i18n.language) })}
            </Text>
          ) : null}
          {task.details ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={3}>
              {task.details}
            </Text>
          ) : null}
        </Stack>
        {open && mayAct ? (
          <Group gap="xs" wrap="nowrap">
            {mayComplete ? (
              <Button
                size="xs"
                leftSection={<IconCheck size={14} aria-hidden />}
                onClick={() => onAct('complete', task)}
                aria-label={t('worklist.actions.completeNamed', { title })}
              >
                {t('worklist.actions.complete')}
              </Button>
            ) : null}
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} aria-hidden />} aria-label={t('worklist.actions.moreNamed', { title })}>
                  {t('worklist.actions.more')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => onAct('edit', task)}>{t('worklist.actions.edit')}</Menu.Item>
                {oversees ? <Menu.Item onClick={() => onAct('reassign', task)}>{t('worklist.actions.reassign')}</Menu.Item> : null}
                {mayCancel ? (
                  <Menu.Item color="red" onClick={() => onAct('cancel', task)}>
                    {t('worklist.actions.cancel')}
                  </Menu.Item>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
