import type { ReactNode, Ref } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

/** A record tab: its heading, a line on what it holds and its main act (for those who may), then its content. */
export function TabSection({
  id,
  title,
  description,
  action,
  children,
}: {
  id: string;
  title: string;
  description: string;
  action?: { icon: TablerIcon; label: string; onClick: () => void; color?: string; ref?: Ref<HTMLButtonElement> } | null;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {action ? (
          <Button ref={action.ref} color={action.color} leftSection={<action.icon size={18} aria-hidden />} onClick={action.onClick}>
            {action.label}
          </Button>
        ) : null}
      </Group>
      {children}
    </Stack>
  );
}
