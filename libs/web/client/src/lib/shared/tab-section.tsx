import type { ReactNode, Ref } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';

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

/**
 * A list of records as it loads: a spinner until the first answer, the failure with a way to
 * try again, a word (and a way on) when there is nothing, otherwise how many there are,
 * announced as that changes, and the rows. A later failure shows under the rows it leaves.
 */
export function RecordList({
  total,
  loading,
  error,
  onRetry,
  loadingLabel,
  countLabel,
  empty,
  children,
}: {
  /** How many records there are; undefined until the list first loads */
  total: number | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  loadingLabel?: string;
  countLabel?: string;
  /** What EmptyView says when there is nothing; its heading is a level 3 unless told */
  empty: { icon: ReactNode; title: string; description?: string; action?: ReactNode; headingOrder?: 2 | 3 };
  children: ReactNode;
}) {
  if (total === undefined) {
    if (error) return <ErrorState error={error} onRetry={onRetry} />;
    return loading ? <LoadingState label={loadingLabel} /> : null;
  }
  if (total === 0) return <EmptyView headingOrder={3} {...empty} />;
  return (
    <>
      {countLabel ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {countLabel}
        </Text>
      ) : null}
      {children}
      {error ? <ErrorState error={error} onRetry={onRetry} /> : null}
    </>
  );
}
