import type { ReactNode } from 'react';
import { Card, Stack, Title } from '@mantine/core';

/** One titled part of a service's page; left out when it has nothing to say. */
export function ServiceSection({ title, children, show = true }: { title: string; children: ReactNode; show?: boolean }) {
  if (!show) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
