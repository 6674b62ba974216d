import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

/** A tab's heading, a line on what it holds, and its main action. */
export function TabHeader({ id, title, description, action }: { id: string; title: string; description?: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={2}>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </Stack>
      {action}
    </Group>
  );
}
