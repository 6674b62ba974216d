import { Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';

/** Why a record changes, as the void and take-off dialogs ask it. */
export function ReasonFields({ form, text, label }: { form: UseFormReturnType<{ reason: string }>; text: string; label: string }) {
  return (
    <>
      <Text size="sm">{text}</Text>
      <Textarea label={label} required autosize minRows={2} maxRows={6} maxLength={MEDIUM_TEXT_MAX_LENGTH} data-autofocus {...form.getInputProps('reason')} />
    </>
  );
}
