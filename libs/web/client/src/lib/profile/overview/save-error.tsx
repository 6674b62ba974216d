import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@waymark/web/core';

/**
 * A refused save, said in words. On CONFLICT it offers the latest version; the form keeps
 * what this person changed, on top of it.
 */
export function SaveError({ error, conflict, onReload }: { error: unknown; conflict: boolean; onReload: () => void }) {
  const { t } = useTranslation('client');
  const describeError = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color={conflict ? 'yellow' : 'red'} variant="light" role="alert">
      <Stack gap="sm">
        <Text size="sm">{describeError(error, { CONFLICT: t('profile.conflictKeepEdits'), BAD_USER_INPUT: t('profile.badInput') })}</Text>
        {conflict ? (
          <Group>
            <Button size="xs" variant="white" onClick={onReload}>
              {t('profile.reload')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
