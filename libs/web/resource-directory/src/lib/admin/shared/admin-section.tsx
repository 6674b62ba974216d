import type { ReactNode } from 'react';
import { Card, Group, Stack, Title } from '@mantine/core';

/**
 * A titled part of an admin page: a level-2 heading that names the region, what may be done
 * beside it, then its content; framed as a card unless `plain` (a list of cards already is).
 */
export function AdminSection({ id, title, action, plain = false, children }: { id: string; title: string; action?: ReactNode; plain?: boolean; children: ReactNode }) {
  const body = (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
  return plain ? (
    <section aria-labelledby={id}>{body}</section>
  ) : (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      {body}
    </Card>
  );
}
