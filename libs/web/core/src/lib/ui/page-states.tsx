import type { ReactNode } from 'react';
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, type ErrorMessageOverrides } from '../errors/error-message';

/** A centered spinner with a spoken label. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('states.loading');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text c="dimmed" size="sm">
          {text}
        </Text>
      </Stack>
    </Center>
  );
}

/** A failed load or action, said in words, with a way to try again. */
export function ErrorState({
  error,
  onRetry,
  overrides,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  overrides?: ErrorMessageOverrides;
  title?: string;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert color="red" variant="light" title={title ?? t('states.errorTitle')} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="sm">
        <Text size="sm">{message(error, overrides)}</Text>
        {onRetry ? (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('states.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Nothing to show yet: says so, and what to do next. */
export function EmptyView({
  title,
  description,
  icon,
  action,
  headingOrder = 2,
}: {
  title?: string;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation();
  return (
    <EmptyState py="xl" variant="light">
      <EmptyState.Indicator>{icon ?? <IconInbox aria-hidden />}</EmptyState.Indicator>
      <EmptyState.Title order={headingOrder}>{title ?? t('states.emptyTitle')}</EmptyState.Title>
      {description ? <EmptyState.Description>{description}</EmptyState.Description> : null}
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
