import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconChecks, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { answerChanges, isAsked, localized, mergeAnswers, missingRequired, type Answers, type AnswerValue } from '@waymark/shared/types';
import { useDraft, type AssessmentFieldsFragment } from '@waymark/web/core';
import { answersOf, askedAnswers, definitionOf, sectionElementId } from './assessment-definition';
import { CompleteDialog } from './complete-dialog';
import { DiscardDialog } from './discard-dialog';
import { focusQuestion } from './focus-question';
import { MissingAnswers } from './missing-answers';
import { NeedsSoFar } from './needs-so-far';
import { QuestionField } from './question-field';
import { SaveStatusLine } from './save-status';
import { SectionIndex } from './section-index';
import { useAssessmentAutosave } from './use-assessment-autosave';

/** This device's copy of what the server does not have yet, and the version it was answered on. */
interface DeviceCopy extends Record<string, unknown> {
  version: number;
  unsent: Answers;
}

/**
 * The assessment runner: the instrument's sections as one long form with an index, only the
 * questions skip logic asks, saved as the worker goes. Every answer is kept on this device at
 * once (a reload, a lost connection, the idle lock and a new sign-in lose nothing) and sent
 * once answering pauses. Completing checks the required answers and lists what is missing.
 */
export function AssessmentRunner({
  assessment,
  onReload,
  onCompleted,
  onDiscarded,
}: {
  /** As the server holds it when the runner opens; later saves do not reset what is on screen */
  assessment: AssessmentFieldsFragment;
  onReload: () => void;
  onCompleted: () => void;
  onDiscarded: () => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const definition = useMemo(() => definitionOf(assessment.instrument), [assessment.instrument]);
  const local = useDraft<DeviceCopy>('assessment-answers', { version: 0, unsent: {} });
  const [start] = useState(() => {
    const server = answersOf(assessment);
    const copy = local.restored ? local.initialValues : null;
    const mine = copy ? mergeAnswers(server, copy.unsent) : server;
    // Only what still differs from the server counts: another window may have sent the same since.
    const unsent = Object.keys(answerChanges(server, mine)).length;
    return { answers: mine, restored: unsent, stale: !!copy && unsent > 0 && copy.version !== assessment.version };
  });
  const [answers, setAnswers] = useState<Answers>(start.answers);
  /** After a try to complete: the required questions to point at */
  const [attempted, setAttempted] = useState(false);
  const [serverMissing, setServerMissing] = useState<string[]>([]);
  const [completing, setCompleting] = useState<number | null>(null);
  const [discarding, setDiscarding] = useState(false);

  const autosave = useAssessmentAutosave({
    initial: assessment,
    initialAnswers: start.answers,
    initialConflict: start.stale,
    onUnsent: (version, unsent) => (Object.keys(unsent).length ? local.save({ version, unsent }) : local.clear()),
  });

  // Answers restored from this device on the version the server still has: send them.
  useEffect(() => {
    if (start.restored && !start.stale) autosave.change(start.answers);
    // Once, when the runner opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const missing = useMemo(() => {
    if (!attempted) return new Set<string>();
    const now = missingRequired(definition, answers);
    // What the server named and is still unanswered here (it may know a question this screen skips).
    const stillOpen = serverMissing.filter((key) => answers[key] === undefined || answers[key] === null);
    return new Set([...now, ...stillOpen]);
  }, [attempted, definition, answers, serverMissing]);
  const rejected = autosave.status.kind === 'invalid' ? new Set(autosave.status.questions) : null;
  const differing = autosave.status.kind === 'conflict' ? Object.keys(answerChanges(answersOf(autosave.status.latest), answers)) : [];
  const blocked = ['conflict', 'locked', 'gone'].includes(autosave.status.kind);

  const answer = (key: string, value: AnswerValue | null) => {
    const next = mergeAnswers(answers, { [key]: value });
    setAnswers(next);
    autosave.change(next);
  };

  const pointAt = (keys: string[]) => {
    setServerMissing(keys);
    setAttempted(true);
    // Let the errors render first, then land on the first question to answer.
    requestAnimationFrame(() => keys[0] && focusQuestion(keys[0]));
  };

  const tryComplete = async () => {
    const asked = askedAnswers(definition, answers);
    const gaps = missingRequired(definition, asked);
    if (gaps.length) {
      pointAt(gaps);
      return;
    }
    setAttempted(false);
    // Answers to questions skip logic now hides are cleared, so the record holds only what was asked.
    if (Object.keys(answerChanges(asked, answers)).length) {
      setAnswers(asked);
      autosave.change(asked);
    }
    const version = await autosave.flush();
    if (version !== null) setCompleting(version);
  };

  const keepMine = async () => {
    if (autosave.status.kind !== 'conflict') return;
    autosave.adopt(autosave.status.latest);
    await autosave.flush();
  };
  const takeSaved = () => {
    if (autosave.status.kind !== 'conflict') return;
    const fresh = answersOf(autosave.status.latest);
    autosave.adopt(autosave.status.latest);
    setAnswers(fresh);
    autosave.change(fresh);
  };

  return (
    <Stack gap="md">
      <SaveStatusLine
        status={autosave.status}
        definition={definition}
        differing={differing}
        onKeepMine={() => void keepMine()}
        onUseSaved={takeSaved}
        onRetry={() => void autosave.flush()}
        onReload={onReload}
      />
      {start.restored && !start.stale ? (
        <Text size="sm" c="dimmed" role="status">
          {t('assessment.runner.restored', { count: start.restored })}
        </Text>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Card withBorder radius="md" padding="sm" style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 1rem)' }}>
            <Stack gap="xs">
              <Title order={2} size="h5">
                {t('assessment.runner.sections')}
              </Title>
              <SectionIndex definition={definition} answers={answers} missing={missing} />
              <NeedsSoFar definition={definition} answers={answers} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <form noValidate onSubmit={(event) => event.preventDefault()}>
            <Stack gap="md">
              {definition.sections.map((section) => {
                const asked = section.questions.filter((question) => isAsked(definition, question, answers));
                if (!asked.length) return null;
                const headingId = `${sectionElementId(section.key)}-heading`;
                return (
                  <Card key={section.key} withBorder radius="md" padding="md" component="section" id={sectionElementId(section.key)} aria-labelledby={headingId}>
                    <Stack gap="lg">
                      <Title order={2} size="h4" id={headingId} tabIndex={-1} style={{ outline: 'none' }}>
                        {localized(section.title, i18n.language)}
                      </Title>
                      {asked.map((question) => (
                        <QuestionField
                          key={question.key}
                          question={question}
                          value={answers[question.key]}
                          onChange={(value) => answer(question.key, value)}
                          error={
                            missing.has(question.key)
                              ? t('assessment.runner.needsAnswer')
                              : rejected?.has(question.key)
                                ? t('assessment.runner.rejected')
                                : null
                          }
                        />
                      ))}
                    </Stack>
                  </Card>
                );
              })}
              <MissingAnswers missing={[...missing]} definition={definition} />
              <Group justify="space-between" gap="sm">
                <Button leftSection={<IconChecks size={18} aria-hidden />} onClick={() => void tryComplete()} disabled={blocked}>
                  {t('assessment.runner.complete')}
                </Button>
                <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDiscarding(true)}>
                  {t('assessment.runner.discard')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
      </Grid>
      {completing !== null ? (
        <CompleteDialog
          assessment={assessment}
          version={completing}
          onClose={() => setCompleting(null)}
          onCompleted={() => {
            local.clear();
            onCompleted();
          }}
          onIncomplete={(keys) => {
            setCompleting(null);
            pointAt(keys);
          }}
          onConflict={(failure) => {
            setCompleting(null);
            void autosave.report(failure);
          }}
        />
      ) : null}
      {discarding ? (
        <DiscardDialog
          assessment={assessment}
          flush={autosave.flush}
          onClose={() => setDiscarding(false)}
          onDiscarded={() => {
            local.clear();
            onDiscarded();
          }}
        />
      ) : null}
    </Stack>
  );
}
