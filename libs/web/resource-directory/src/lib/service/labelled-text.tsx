import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** A short fact led by its label in grey ("Getting there: bus 1 to Main St"). */
export function LabelledText({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span size="sm" c="dimmed">
        {label}{' '}
      </Text>
      {children}
    </Text>
  );
}
