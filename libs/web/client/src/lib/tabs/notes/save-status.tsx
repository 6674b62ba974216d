import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@waymark/web/core';
import { formatTime } from '../../shared/format';
import type { SaveStatus } from './use-note-autosave';

/**
 * Where the draft is: on the server (and when), only on this device, or stuck. Routine saves
 * are said quietly (a polite status); what needs the worker's choice is an alert.
 */
export function SaveStatusLine({
  status,
  onKeepMine,
  onUseSaved,
  onSaveAsNew,
  onRetry,
}: {
  status: SaveStatus;
  onKeepMine: () => void;
  onUseSaved: () => void;
  onSaveAsNew: () => void;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const describe = useErrorMessage();
  switch (status.kind) {
    case 'conflict':
      return (
        <Alert color="yellow" variant="light" role="alert" title={t('tabs.notes.conflictTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('tabs.notes.conflictText')}</Text>
            <Group gap="xs">
              <Button size="xs" onClick={onKeepMine}>
                {t('tabs.notes.keepMine')}
              </Button>
              <Button size="xs" variant="default" onClick={onUseSaved}>
                {t('tabs.notes.useSaved')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'locked':
      return (
        <Alert color="red" variant="light" role="alert" title={t('tabs.notes.lockedTitle')}>
          <Text size="sm">{t('tabs.notes.lockedText')}</Text>
        </Alert>
      );
    case 'gone':
      return (
        <Alert color="red" variant="light" role="alert" title={t('tabs.notes.goneTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('tabs.notes.goneText')}</Text>
            <Group>
              <Button size="xs" onClick={onSaveAsNew}>
                {t('tabs.notes.saveAsNew')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">{t('tabs.notes.saveFailed', { reason: describe(status.error) })}</Text>
            <Group>
              <Button size="xs" variant="white" onClick={onRetry}>
                {t('tabs.notes.retrySave')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'offline':
      return (
        <Alert color="orange" variant="light" role="alert" icon={<IconCloudOff aria-hidden />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('tabs.notes.offline')}</Text>
            <Button size="xs" variant="white" onClick={onRetry}>
              {t('tabs.notes.retrySave')}
            </Button>
          </Group>
        </Alert>
      );
    default:
      return (
        <Group gap={6} role="status" aria-live="polite" c="dimmed">
          {status.kind === 'saved' ? <IconCloudCheck size={16} aria-hidden /> : <IconDeviceFloppy size={16} aria-hidden />}
          <Text size="sm" c="dimmed">
            {status.kind === 'saved'
              ? t('tabs.notes.savedAt', { time: formatTime(status.at, i18n.language) })
              : status.kind === 'saving'
                ? t('tabs.notes.saving')
                : status.kind === 'invalid'
                  ? t('tabs.notes.notSavedInvalid')
                  : t('tabs.notes.savedLocally')}
          </Text>
        </Group>
      );
  }
}
