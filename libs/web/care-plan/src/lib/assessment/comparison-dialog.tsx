import { useMemo } from 'react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { localized, type InstrumentDefinition, type Question } from '@waymark/shared/types';
import { EmptyView, ErrorState, LoadingState, type AssessmentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, FormModal } from '@waymark/web/client';
import { answerText } from './answer-text';
import { definitionOf, questionsByKey } from './assessment-definition';
import { assessmentComparisonQuery } from './assessment.operations';

/** A signed difference, e.g. "+3" or "−2"; none when either side has no total. */
function scoreChange(before: number | null | undefined, after: number | null | undefined, language: string): string {
  if (typeof before !== 'number' || typeof after !== 'number') return '—';
  const difference = after - before;
  const text = new Intl.NumberFormat(language, { signDisplay: 'exceptZero' }).format(difference);
  return text.replace('-', '−');
}

/**
 * An assessment beside the client's previous completed one of the same instrument (a
 * correction beside the assessment it corrects): how each score moved and which answers
 * changed. Questions are matched by key, across revisions.
 */
export function ComparisonDialog({ assessment, onClose }: { assessment: Pick<AssessmentFieldsFragment, 'id' | 'correctsId'>; onClose: () => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const language = i18n.language;
  const { data, loading, error, refetch } = useQuery(assessmentComparisonQuery, {
    variables: { assessmentId: assessment.id, previousId: assessment.correctsId ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const comparison = data?.assessmentComparison;
  const questions = useMemo(() => {
    const definitions: InstrumentDefinition[] = comparison
      ? [comparison.current, comparison.previous].flatMap((item) => (item ? [definitionOf(item.instrument)] : []))
      : [];
    // The current revision's wording first; a question only the previous one asked keeps its own.
    const known = new Map<string, Question>();
    for (const definition of definitions.reverse()) for (const [key, question] of questionsByKey(definition)) known.set(key, question);
    return known;
  }, [comparison]);
  const number = (value: number | null | undefined) => (typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : '—');

  return (
    <FormModal opened title={t('assessment.compare.title')} onClose={onClose} size="xl">
      {!comparison ? (
        loading ? (
          <LoadingState label={t('assessment.compare.loading')} />
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} />
        )
      ) : !comparison.previous ? (
        <EmptyView headingOrder={3} icon={<IconArrowsDiff aria-hidden />} title={t('assessment.compare.noPreviousTitle')} description={t('assessment.compare.noPrevious')} />
      ) : (
        <Stack gap="md">
          <Text size="sm">
            {t('assessment.compare.between', {
              before: formatCalendarDate(comparison.previous.completedOn, language),
              after: comparison.current.completedOn ? formatCalendarDate(comparison.current.completedOn, language) : t('assessment.compare.inProgress'),
            })}
          </Text>
          <Stack gap="xs" component="section" aria-labelledby="compare-scores-heading">
            <Title order={3} size="h5" id="compare-scores-heading">
              {t('assessment.compare.scores')}
            </Title>
            {comparison.scores.length ? (
              <Table.ScrollContainer minWidth={420}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('assessment.findings.score')}</Table.Th>
                      <Table.Th scope="col">{t('assessment.compare.before')}</Table.Th>
                      <Table.Th scope="col">{t('assessment.compare.after')}</Table.Th>
                      <Table.Th scope="col">{t('assessment.compare.change')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {comparison.scores.map((score) => (
                      <Table.Tr key={score.key}>
                        <Table.Th scope="row" fw={500}>
                          {localized(score.label, language)}
                        </Table.Th>
                        <Table.Td>{number(score.before)}</Table.Td>
                        <Table.Td>{number(score.after)}</Table.Td>
                        <Table.Td>{scoreChange(score.before, score.after, language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Text size="sm" c="dimmed">
                {t('assessment.findings.noScores')}
              </Text>
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="compare-answers-heading">
            <Title order={3} size="h5" id="compare-answers-heading">
              {t('assessment.compare.answers', { count: comparison.changes.length })}
            </Title>
            {comparison.changes.length ? (
              <Table.ScrollContainer minWidth={520}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('assessment.compare.question')}</Table.Th>
                      <Table.Th scope="col">{t('assessment.compare.before')}</Table.Th>
                      <Table.Th scope="col">{t('assessment.compare.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {comparison.changes.map((change) => (
                      <Table.Tr key={change.question}>
                        <Table.Th scope="row" fw={500}>
                          {localized(change.label, language)}
                        </Table.Th>
                        <Table.Td>{answerText(questions.get(change.question), change.before, language, t)}</Table.Td>
                        <Table.Td>{answerText(questions.get(change.question), change.after, language, t)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Text size="sm" c="dimmed">
                {t('assessment.compare.sameAnswers')}
              </Text>
            )}
          </Stack>
        </Stack>
      )}
    </FormModal>
  );
}
