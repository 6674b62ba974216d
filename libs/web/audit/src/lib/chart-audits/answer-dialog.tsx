import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CHART_AUDIT_NOTE_MAX, CHART_AUDIT_RESULTS, type ChartAuditResult } from '@waymark/shared/types';
import { FormDialog, useFormSubmit } from '@waymark/web/client';
import { answerChartAuditItemMutation } from './chart-audits.operations';
import type { ChartAnswer } from './chart-audit-words';

/** Answers an item otherwise than the system did (or a question, with a note): a result, and why. */
export function AnswerDialog({ answer, label, onClose, onReload }: { answer: ChartAnswer; label: string; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('audit');
  const [save, { loading }] = useMutation(answerChartAuditItemMutation);
  const first = CHART_AUDIT_RESULTS.find((r) => r !== answer.automaticResult) ?? 'PASS';
  const form = useForm<{ result: ChartAuditResult; note: string }>({
    initialValues: { result: answer.automaticResult ? first : (answer.result ?? 'PASS'), note: answer.note ?? '' },
    validate: {
      note: (value, values) => (answer.automaticResult && values.result !== answer.automaticResult && !value.trim() ? t('chartAudits.answerDialog.noteRequired') : null),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ result, note }) => {
      await save({ variables: { input: { answerId: answer.id, version: answer.version, result, note: note.trim() || null } } });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog title={t('chartAudits.answerDialog.title', { item: label })} submitLabel={t('chartAudits.answerDialog.submit')} loading={loading} error={error} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <Stack gap="sm">
        {answer.automaticResult ? (
          <Text size="sm" c="dimmed">
            {t('chartAudits.item.systemFound', { result: t(`chartAudits.result.${answer.automaticResult}`) })}
            {answer.evidence ? ` — ${answer.evidence}` : ''}
          </Text>
        ) : null}
        <Radio.Group label={t('chartAudits.answerDialog.result')} required {...form.getInputProps('result')}>
          <Stack gap="xs" mt="xs">
            {CHART_AUDIT_RESULTS.map((result) => (
              <Radio key={result} value={result} label={t(`chartAudits.result.${result}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t('chartAudits.answerDialog.note')} autosize minRows={3} maxLength={CHART_AUDIT_NOTE_MAX} data-autofocus {...form.getInputProps('note')} />
      </Stack>
    </FormDialog>
  );
}
