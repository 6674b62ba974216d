import type { ReactNode } from 'react';
import { Card, Stack, Title } from '@mantine/core';

/**
 * A named part of a referral's page (the receiver, the client, the appointment, the steps): a
 * region headed by its title, framed as a card unless it is a plain list.
 */
export function ReferralSection({ id, title, framed = true, children }: { id: string; title: string; framed?: boolean; children: ReactNode }) {
  const headingId = `referral-${id}-heading`;
  const content = (
    <Stack gap="xs">
      <Title order={2} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
  return framed ? (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      {content}
    </Card>
  ) : (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      {content}
    </Stack>
  );
}
