import type { ReactNode } from 'react';
import { Card } from '@mantine/core';
import { Page } from './page';
import { EmptyView } from './page-states';

/** A page that says one thing (not built yet, not found, no access) and offers one way on. */
export function NoticePage({
  title,
  heading = title,
  description,
  icon,
  action,
}: {
  /** The page's title */
  title: string;
  /** The notice's own heading, when it differs from the page's title */
  heading?: string;
  description: ReactNode;
  icon: ReactNode;
  action: ReactNode;
}) {
  return (
    <Page title={title}>
      <Card withBorder radius="md" padding="xl">
        <EmptyView icon={icon} title={heading} description={description} action={action} />
      </Card>
    </Page>
  );
}
