import type { ReactNode } from 'react';
import { Anchor } from '@mantine/core';

/** A link out of Waymark (a provider's website, a map), opened in a new tab that cannot reach back into this one. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
      {children ?? href}
    </Anchor>
  );
}
