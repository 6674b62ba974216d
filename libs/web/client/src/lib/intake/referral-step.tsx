import { Autocomplete, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { IntakeValues } from './intake-values';

/** Who referred the client, why, and what they need. */
export function ReferralStep({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation('client');
  return (
    <Stack gap="md" maw={720}>
      <Autocomplete
        label={t('intake.referralSource')}
        description={t('intake.referralSourceHint')}
        data={t('intake.referralSources', { returnObjects: true }) as string[]}
        maxLength={SHORT_TEXT_MAX_LENGTH}
        {...form.getInputProps('referralSource')}
      />
      <Textarea label={t('intake.referralReason')} autosize minRows={3} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('referralReason')} />
      <Textarea
        label={t('intake.presentingNeeds')}
        description={t('intake.presentingNeedsHint')}
        autosize
        minRows={3}
        maxLength={LONG_TEXT_MAX_LENGTH}
        {...form.getInputProps('presentingNeeds')}
      />
    </Stack>
  );
}
