import { Children, type ReactNode } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { recordElementId } from './use-item-focus';

/**
 * One record in a tab's list (a contact, a consent, an enrollment, a note, an incident): a
 * heading that names the article, a line of facts under it, its badges, the body, then what
 * the person may do with it. A link from the timeline (`highlighted`) frames the card, which
 * can take focus so that link lands on it.
 */
export function RecordCard({
  recordId,
  title,
  facts,
  badges,
  highlighted,
  actions,
  children,
}: {
  recordId: string;
  title: string;
  facts?: ReactNode;
  badges?: ReactNode;
  /** Opened from a link to this record (the timeline) */
  highlighted?: boolean;
  /** RecordActions; a card without any shows no action row */
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const headingId = `record-heading-${recordId}`;
  const shownActions = Children.toArray(actions);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={headingId}
      id={recordElementId(recordId)}
      tabIndex={-1}
      style={highlighted ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0} miw={0}>
            <Title order={3} size="h5" id={headingId}>
              {title}
            </Title>
            {facts ? (
              <Text size="sm" c="dimmed">
                {facts}
              </Text>
            ) : null}
          </Stack>
          {badges ? (
            <Group gap={4} wrap="wrap">
              {badges}
            </Group>
          ) : null}
        </Group>
        {children}
        {shownActions.length ? (
          <Group gap="xs" wrap="wrap">
            {shownActions}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/**
 * An act on a record card; `ariaLabel` names the record too, as several cards show the same
 * button. A `danger` act (revoke, archive, close) is quieter and red; the `main` act is filled.
 */
export function RecordAction({
  icon: Icon,
  label,
  ariaLabel,
  onClick,
  tone,
}: {
  icon?: TablerIcon;
  label: string;
  ariaLabel?: string;
  onClick: () => void;
  tone?: 'danger' | 'main';
}) {
  return (
    <Button
      size="xs"
      variant={tone === 'danger' ? 'subtle' : tone === 'main' ? 'filled' : 'light'}
      color={tone === 'danger' ? 'red' : undefined}
      leftSection={Icon ? <Icon size={14} aria-hidden /> : null}
      onClick={onClick}
      aria-label={ariaLabel}
    >
      {label}
    </Button>
  );
}

/** "Label: value" on one line of a card. */
export function RecordFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Text span size="sm" c="dimmed">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}

/** Text a worker wrote (a narrative, a description), with its line breaks. */
export function RecordText({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}
