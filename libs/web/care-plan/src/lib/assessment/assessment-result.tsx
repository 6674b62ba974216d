import { type ReactNode, useEffect, useRef } from 'react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowsDiff, IconPencilCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AssessmentStatus, isAsked, localized } from '@waymark/shared/types';
import type { AssessmentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, RecordFact, RecordText } from '@waymark/web/client';
import { answerText } from './answer-text';
import { answersOf, definitionOf } from './assessment-definition';
import { NeedList, ScoreTable } from './assessment-findings';

/**
 * A completed assessment as it was locked: when and by whom, the scores with their bands,
 * the needs found and every answer, section by section. A correction and a comparison with
 * the previous one start here.
 */
export function AssessmentResult({
  assessment,
  focusOnOpen = false,
  mayCorrect,
  onCompare,
  onCorrect,
}: {
  assessment: AssessmentFieldsFragment;
  /** Just completed here: focus moves to the summary, as the runner's controls are gone */
  focusOnOpen?: boolean;
  mayCorrect: boolean;
  /** Null when there is nothing earlier to compare with */
  onCompare: (() => void) | null;
  onCorrect: () => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const language = i18n.language;
  const definition = definitionOf(assessment.instrument);
  const answers = answersOf(assessment);
  const done = assessment.status !== AssessmentStatus.IN_PROGRESS;
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) summaryHeading.current?.focus();
    // Once, when the result opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="assessment-summary-heading">
        <Stack gap="xs">
          <Title order={2} size="h4" id="assessment-summary-heading" ref={summaryHeading} tabIndex={-1} style={{ outline: 'none' }}>
            {t('assessment.result.summary')}
          </Title>
          {assessment.completedOn ? (
            <RecordFact label={t('assessment.result.completedOn')}>
              {formatCalendarDate(assessment.completedOn, language)}
              {assessment.completedBy ? ` · ${assessment.completedBy.displayName}` : ''}
            </RecordFact>
          ) : null}
          {assessment.nextDueOn ? <RecordFact label={t('assessment.result.nextDue')}>{formatCalendarDate(assessment.nextDueOn, language)}</RecordFact> : null}
          <RecordFact label={t('assessment.result.instrument')}>
            {t('assessment.result.revision', { name: assessment.instrument.name, revision: assessment.instrument.revision })}
          </RecordFact>
          {assessment.correctsId ? (
            <RecordFact label={t('assessment.result.corrects')}>
              <Anchor component={Link} to={`/clients/${assessment.clientId}/assessments/${assessment.correctsId}`} size="sm">
                {t('assessment.result.openCorrected')}
              </Anchor>
            </RecordFact>
          ) : null}
          {assessment.correctionReason ? (
            <RecordFact label={t('assessment.result.correctionReason')}>
              <RecordText>{assessment.correctionReason}</RecordText>
            </RecordFact>
          ) : null}
          {done ? (
            <Group gap="xs" mt="xs">
              {onCompare ? (
                <Button size="xs" variant="light" leftSection={<IconArrowsDiff size={14} aria-hidden />} onClick={onCompare}>
                  {t('assessment.actions.compare')}
                </Button>
              ) : null}
              {mayCorrect && assessment.status === AssessmentStatus.COMPLETED ? (
                <Button size="xs" variant="light" leftSection={<IconPencilCheck size={14} aria-hidden />} onClick={onCorrect}>
                  {t('assessment.actions.correct')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </Card>

      <ResultSection id="assessment-scores" title={t('assessment.findings.scores')}>
        <ScoreTable scores={assessment.scores} />
      </ResultSection>

      <ResultSection id="assessment-needs" title={t('assessment.findings.needs')}>
        <NeedList needs={assessment.needs} />
      </ResultSection>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="assessment-answers-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="assessment-answers-heading">
            {t('assessment.result.answers')}
          </Title>
          {definition.sections.map((section) => {
            const asked = section.questions.filter((question) => isAsked(definition, question, answers));
            if (!asked.length) return null;
            return (
              <Stack key={section.key} gap={6}>
                <Title order={3} size="h6">
                  {localized(section.title, language)}
                </Title>
                <Stack gap={8} component="dl" style={{ margin: 0 }}>
                  {asked.map((question) => (
                    <div key={question.key}>
                      <Text component="dt" size="sm" c="dimmed">
                        {localized(question.label, language)}
                      </Text>
                      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {answerText(question, answers[question.key], language, t)}
                      </Text>
                    </div>
                  ))}
                </Stack>
              </Stack>
            );
          })}
        </Stack>
      </Card>
    </Stack>
  );
}

/** A titled card of the result; its heading names the region for screen readers. */
function ResultSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${id}-heading`}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`${id}-heading`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
