import type { AriaRole, ReactNode } from 'react';
import { Badge, type BadgeProps } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

/**
 * A state, role or flag of a record in words, so it reads without colour; an icon marks what
 * calls for attention. Filled badges pick a readable text colour themselves.
 */
export function RecordBadge({
  icon: Icon,
  variant = 'light',
  children,
  ...look
}: Omit<BadgeProps, 'leftSection'> & { icon?: TablerIcon | null; role?: AriaRole; children: ReactNode }) {
  return (
    <Badge variant={variant} autoContrast={variant === 'filled'} tt="none" leftSection={Icon ? <Icon size={14} aria-hidden /> : null} {...look}>
      {children}
    </Badge>
  );
}
