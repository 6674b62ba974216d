import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAsked, localized, type Answers, type InstrumentDefinition } from '@waymark/shared/types';
import { sectionElementId } from './assessment-definition';

function answered(value: unknown): boolean {
  return !(value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0));
}

/**
 * The sections of the instrument as links, each with how many of its asked questions have an
 * answer, and a mark on those with required questions missing after a try to complete.
 */
export function SectionIndex({ definition, answers, missing }: { definition: InstrumentDefinition; answers: Answers; missing: ReadonlySet<string> }) {
  const { t, i18n } = useTranslation('carePlan');
  return (
    <nav aria-label={t('assessment.runner.sectionsLabel')}>
      <Stack gap={6} component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {definition.sections.map((section) => {
          const asked = section.questions.filter((question) => isAsked(definition, question, answers));
          if (!asked.length) return null;
          const done = asked.filter((question) => answered(answers[question.key])).length;
          const gaps = asked.filter((question) => missing.has(question.key)).length;
          return (
            <li key={section.key}>
              {/* Wraps rather than cut a badge short on a narrow index column. */}
              <Group gap="xs" wrap="wrap" justify="space-between">
                <Anchor
                  href={`#${sectionElementId(section.key)}`}
                  size="sm"
                  onClick={(event) => {
                    event.preventDefault();
                    const heading = document.getElementById(`${sectionElementId(section.key)}-heading`);
                    heading?.scrollIntoView({ block: 'start' });
                    heading?.focus({ preventScroll: true });
                  }}
                >
                  {localized(section.title, i18n.language)}
                </Anchor>
                <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                  {gaps ? (
                    <Badge color="red" variant="light" size="sm" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
                      {t('assessment.runner.sectionMissing', { count: gaps })}
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('assessment.runner.sectionProgress', { done, total: asked.length })}
                  </Text>
                </Group>
              </Group>
            </li>
          );
        })}
      </Stack>
    </nav>
  );
}
