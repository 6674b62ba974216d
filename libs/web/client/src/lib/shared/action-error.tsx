import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getErrorInfo, useErrorMessage, type ErrorMessageOverrides } from '@waymark/web/core';

/**
 * A failed action said in words. A stale version (CONFLICT) says someone else changed the
 * record and offers to reload it, since trying the same change again would fail again.
 */
export function ActionError({
  error,
  onReload,
  reloadLabel,
  overrides,
}: {
  error: unknown;
  onReload?: () => void;
  reloadLabel?: string;
  overrides?: ErrorMessageOverrides;
}) {
  const { t } = useTranslation('client');
  const describe = useErrorMessage();
  if (!error) return null;
  const conflict = getErrorInfo(error).kind === 'CONFLICT';
  return (
    <Alert color={conflict ? 'yellow' : 'red'} variant="light" role="alert">
      <Stack gap="xs">
        <Text size="sm">{describe(error, { CONFLICT: t('tabs.common.conflict'), ...overrides })}</Text>
        {conflict && onReload ? (
          <Group>
            <Button size="xs" variant="white" onClick={onReload}>
              {reloadLabel ?? t('tabs.common.reload')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
