import { useMemo, useState } from 'react';
import { Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { findNeeds, isAsked, localized, mergeAnswers, scoreAnswers, type Answers, type InstrumentDefinition } from '@waymark/shared/types';
import { NeedList, ScoreTable } from './assessment-findings';
import { sectionElementId } from './assessment-definition';
import { QuestionField } from './question-field';

/**
 * An instrument as workers will see it, to try without saving anything: its questions with
 * their skip logic, and the scores and needs the answers given would produce, as they change.
 */
export function InstrumentPreview({ definition }: { definition: InstrumentDefinition }) {
  const { t, i18n } = useTranslation('carePlan');
  const language = i18n.language;
  const [answers, setAnswers] = useState<Answers>({});
  const scores = useMemo(
    () =>
      scoreAnswers(definition, answers).map((score) => ({
        key: score.key,
        label: score.label,
        total: score.total,
        answered: score.answered,
        bandLabel: score.band?.label ?? null,
        need: !!(score.band?.need && score.domain),
        domain: score.domain,
      })),
    [definition, answers],
  );
  const needs = useMemo(() => findNeeds(definition, answers), [definition, answers]);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        <Stack gap="md">
          {definition.sections.map((section) => {
            const asked = section.questions.filter((question) => isAsked(definition, question, answers));
            const headingId = `${sectionElementId(section.key)}-heading`;
            return (
              <Card key={section.key} withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
                <Stack gap="lg">
                  <Title order={2} size="h4" id={headingId}>
                    {localized(section.title, language)}
                  </Title>
                  {asked.map((question) => (
                    <Stack key={question.key} gap={4}>
                      <QuestionField question={question} value={answers[question.key]} error={null} onChange={(value) => setAnswers(mergeAnswers(answers, { [question.key]: value }))} />
                      <Group gap={4}>
                        <Badge variant="outline" color="gray" size="sm" tt="none">
                          {t(`assessment.instruments.type.${question.type}`)}
                        </Badge>
                        {question.showIf ? (
                          <Badge variant="outline" color="blue" size="sm" tt="none">
                            {t('assessment.instruments.conditional')}
                          </Badge>
                        ) : null}
                        {question.domains.map((domain) => (
                          <Badge key={domain} variant="light" color="gray" size="sm" tt="none">
                            {t(`plan.domain.${domain}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Stack>
                  ))}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <Card
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-labelledby="preview-findings-heading"
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 1rem)' }}
        >
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h5" id="preview-findings-heading">
                {t('assessment.instruments.previewFindings')}
              </Title>
              <Button size="compact-sm" variant="subtle" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => setAnswers({})}>
                {t('assessment.instruments.startOver')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('assessment.instruments.previewText')}
            </Text>
            <Title order={3} size="h6">
              {t('assessment.findings.scores')}
            </Title>
            <div aria-live="polite">
              <ScoreTable scores={scores} />
            </div>
            <Title order={3} size="h6">
              {t('assessment.findings.needs')}
            </Title>
            <div aria-live="polite">
              <NeedList needs={needs} />
            </div>
            {definition.scoring.length ? (
              <>
                <Title order={3} size="h6">
                  {t('assessment.instruments.bands')}
                </Title>
                {definition.scoring.map((rule) => (
                  <Stack key={rule.key} gap={2}>
                    <Text size="sm" fw={500}>
                      {localized(rule.label, language)}
                    </Text>
                    <List size="sm" spacing={2}>
                      {rule.bands.map((band) => (
                        <List.Item key={`${band.min}-${band.max}`}>
                          {t('assessment.instruments.band', { min: band.min, max: band.max, label: localized(band.label, language) })}
                          {band.need ? ` · ${t('assessment.findings.needBadge')}` : ''}
                        </List.Item>
                      ))}
                    </List>
                  </Stack>
                ))}
              </>
            ) : null}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
