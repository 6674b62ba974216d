import { Alert, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localized, type InstrumentDefinition } from '@waymark/shared/types';
import { useErrorMessage } from '@waymark/web/core';
import { formatTime } from '@waymark/web/client';
import { questionsByKey } from './assessment-definition';
import type { AssessmentSaveStatus } from './use-assessment-autosave';

/**
 * Where the answers are: on the server (and since when), on their way, or stuck, and what the
 * worker can do about it. Routine saves are said quietly (a polite status); what needs the
 * worker's choice is an alert.
 */
export function SaveStatusLine({
  status,
  definition,
  differing,
  onKeepMine,
  onUseSaved,
  onRetry,
  onReload,
}: {
  status: AssessmentSaveStatus;
  definition: InstrumentDefinition;
  /** After a conflict: the questions where this device's answers differ from the server's */
  differing: string[];
  onKeepMine: () => void;
  onUseSaved: () => void;
  onRetry: () => void;
  /** Locked or discarded elsewhere: shows the assessment as it is now */
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const describe = useErrorMessage();
  const questions = questionsByKey(definition);
  const named = (keys: string[]) =>
    keys.map((key) => {
      const question = questions.get(key);
      return question ? localized(question.label, i18n.language) : key;
    });

  switch (status.kind) {
    case 'conflict':
      return (
        <Alert color="yellow" variant="light" role="alert" title={t('assessment.save.conflictTitle')}>
          <Stack gap="xs">
            <Text size="sm">
              {t('assessment.save.conflictText', { count: differing.length })}
            </Text>
            {differing.length ? (
              <ul style={{ margin: 0 }}>
                {named(differing).map((label, index) => (
                  <li key={differing[index]}>
                    <Text size="sm">{label}</Text>
                  </li>
                ))}
              </ul>
            ) : null}
            <Group gap="xs">
              <Button size="xs" onClick={onKeepMine}>
                {t('assessment.save.keepMine')}
              </Button>
              <Button size="xs" variant="default" onClick={onUseSaved}>
                {t('assessment.save.useSaved')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'locked':
    case 'gone':
      return (
        <Alert color="red" variant="light" role="alert" title={t(`assessment.save.${status.kind}Title`)}>
          <Stack gap="xs">
            <Text size="sm">{t(`assessment.save.${status.kind}Text`)}</Text>
            <Group>
              <Button size="xs" variant="white" onClick={onReload}>
                {t('assessment.save.reload')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'invalid':
      return (
        <Alert color="red" variant="light" role="alert" title={t('assessment.save.invalidTitle')}>
          <Text size="sm">{t('assessment.save.invalidText', { questions: named(status.questions).join('; ') })}</Text>
        </Alert>
      );
    case 'failed':
    case 'offline':
      return (
        <Alert color={status.kind === 'offline' ? 'orange' : 'red'} variant="light" role="alert" icon={<IconCloudOff aria-hidden />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{status.kind === 'offline' ? t('assessment.save.offline') : t('assessment.save.failed', { reason: describe(status.error) })}</Text>
            <Button size="xs" variant="white" onClick={onRetry}>
              {t('assessment.save.retry')}
            </Button>
          </Group>
        </Alert>
      );
    default: {
      const saved = status.at ? t('assessment.save.savedAt', { time: formatTime(status.at, i18n.language) }) : t('assessment.save.upToDate');
      return (
        <Group gap={6} c="dimmed" data-save-status={status.kind}>
          {status.kind === 'saved' ? <IconCloudCheck size={16} aria-hidden /> : <IconDeviceFloppy size={16} aria-hidden />}
          {/* Every save is shown; a screen reader hears only when the time of the last one changes. */}
          <Text size="sm" c="dimmed" aria-hidden>
            {status.kind === 'saving' ? t('assessment.save.saving') : saved}
          </Text>
          <VisuallyHidden role="status">{saved}</VisuallyHidden>
        </Group>
      );
    }
  }
}
