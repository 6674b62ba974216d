import type { ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import { isWebAddress } from '@waymark/shared/types';

/**
 * A link out of Waymark (a provider's website, a map), opened in a new tab that cannot reach back
 * into this one. Addresses come from imports and other agencies, so anything but http(s) (a
 * javascript: or data: address) is shown as plain text, never as a link.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isWebAddress(href)) return <Text size="sm">{children ?? href}</Text>;
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
      {children ?? href}
    </Anchor>
  );
}
