import { Checkbox, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '@waymark/shared/types';
import type { CarePlanAssessmentsQuery } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';

export type SourceAssessment = CarePlanAssessmentsQuery['clientAssessments'][number];

/**
 * Pick a completed assessment, then the needs it found that become goals. Each goal starts as
 * the need's words; the worker then rewrites it in the client's own words on the draft.
 */
export function NeedsPicker({
  assessments,
  assessmentId,
  needSources,
  onAssessment,
  onNeeds,
  optional,
  error,
}: {
  assessments: SourceAssessment[];
  assessmentId: string | null;
  needSources: string[];
  onAssessment: (id: string | null) => void;
  onNeeds: (sources: string[]) => void;
  /** Starting a plan: an assessment is one way among others */
  optional: boolean;
  error?: string | null;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const language = i18n.language;
  const chosen = assessments.find((assessment) => assessment.id === assessmentId);
  if (!assessments.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('plan.create.noCompletedAssessment')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Select
        label={t('plan.create.assessment')}
        placeholder={optional ? t('plan.create.noAssessment') : undefined}
        clearable={optional}
        value={assessmentId}
        onChange={(value) => {
          onAssessment(value);
          onNeeds([]);
        }}
        data={assessments.map((assessment) => ({
          value: assessment.id,
          label: t('plan.create.assessmentOption', { name: assessment.instrument.name, date: formatCalendarDate(assessment.completedOn, language) }),
        }))}
      />
      {chosen ? (
        chosen.needs.length ? (
          <Checkbox.Group label={t('plan.create.needs')} description={t('plan.create.needsHint')} value={needSources} onChange={onNeeds} error={error}>
            <Stack gap={6} mt={6}>
              {chosen.needs.map((need) => (
                <Checkbox key={need.source} value={need.source} label={`${localized(need.label, language)} (${t(`plan.domain.${need.domain}`)})`} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('plan.create.noNeeds')}
          </Text>
        )
      ) : null}
    </Stack>
  );
}
