import type { ReactNode } from 'react';
import { Card, Group, Stack, Text } from '@mantine/core';

/** A titled card of the dashboard; its heading (a level 2) names the region for screen readers. */
export function DashboardPanel({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text component="h2" fz="lg" fw={700} m={0} id={headingId}>
            {title}
          </Text>
          {action}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
