import { useId } from 'react';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

/** The words of one shown-once dialog, already translated by the page that opens it. */
export interface ShownOnceText {
  title: string;
  warning: string;
  /** Names the value above it (e.g. "Bearer token"); left out when the title says enough. */
  label?: string;
  copy: string;
  copied: string;
  done: string;
}

/**
 * A secret Waymark keeps only a fingerprint of (an API token, a webhook signing secret), shown once after it is made
 * or rotated. It closes only by the button or Escape, not a stray click outside, and closing it forgets the value.
 */
export function ShownOnceModal({ value, onClose, text, testId }: { value: string | null; onClose: () => void; text: ShownOnceText; testId: string }) {
  const labelId = useId();
  return (
    <Modal opened={!!value} onClose={onClose} title={text.title} closeOnClickOutside={false} size="lg">
      <Stack gap="md">
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {text.warning}
        </Alert>
        {text.label ? (
          <Text size="sm" fw={600} id={labelId}>
            {text.label}
          </Text>
        ) : null}
        <Code block aria-labelledby={text.label ? labelId : undefined} data-testid={testId} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {value}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={value ?? ''}>
            {({ copied, copy }) => (
              <Button variant="default" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
                {copied ? text.copied : text.copy}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{text.done}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
