import type { ReactNode } from 'react';
import { Button, Card, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Page } from '@waymark/web/core';

/**
 * The frame of an admin page that lists things and adds them: a "create" action in the header that opens the add
 * form in a card above the list (the action hides while the form is open, so there is one way to close it: the form's
 * own cancel or save).
 */
export function AddAndListPage({
  title,
  description,
  createLabel,
  adding,
  onAdd,
  form,
  children,
}: {
  title: string;
  description: string;
  createLabel: string;
  adding: boolean;
  onAdd: () => void;
  form: ReactNode;
  children: ReactNode;
}) {
  return (
    <Page
      title={title}
      description={description}
      actions={
        adding ? null : (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onAdd}>
            {createLabel}
          </Button>
        )
      }
    >
      <Stack gap="lg">
        {adding ? (
          <Card withBorder radius="md" padding="md">
            {form}
          </Card>
        ) : null}
        {children}
      </Stack>
    </Page>
  );
}
