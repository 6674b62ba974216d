import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramsForEnrollmentQuery } from '@waymark/web/core';

type Program = ProgramsForEnrollmentQuery['programs'][number];

/** Who a program takes and what intake must gather, so the worker knows what the screen will ask. */
export function ProgramRulesSummary({ program }: { program: Program }) {
  const { t } = useTranslation('client');
  const { eligibility, intakeRequirements } = program.rules;
  const rules: string[] = [];
  if (eligibility.minAge !== null && eligibility.minAge !== undefined && eligibility.maxAge !== null && eligibility.maxAge !== undefined) {
    rules.push(t('tabs.enrollments.rule.ageBetween', { min: eligibility.minAge, max: eligibility.maxAge }));
  } else if (eligibility.minAge !== null && eligibility.minAge !== undefined) {
    rules.push(t('tabs.enrollments.rule.ageMin', { min: eligibility.minAge }));
  } else if (eligibility.maxAge !== null && eligibility.maxAge !== undefined) {
    rules.push(t('tabs.enrollments.rule.ageMax', { max: eligibility.maxAge }));
  }
  if (eligibility.requiresMedicaid) rules.push(t('tabs.enrollments.rule.medicaid'));
  if (eligibility.residencyRegions.length) rules.push(t('tabs.enrollments.rule.regions', { regions: eligibility.residencyRegions.join(', ') }));
  return (
    <Stack gap={4}>
      {program.description ? <Text size="sm">{program.description}</Text> : null}
      <Text size="sm" fw={600}>
        {t('tabs.enrollments.rulesTitle')}
      </Text>
      {rules.length ? (
        <List size="sm">
          {rules.map((rule) => (
            <List.Item key={rule}>{rule}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('tabs.enrollments.rule.none')}</Text>
      )}
      {intakeRequirements.length ? (
        <>
          <Text size="sm" fw={600}>
            {t('tabs.enrollments.intakeRequirements')}
          </Text>
          <List size="sm" type="ordered">
            {intakeRequirements.map((requirement) => (
              <List.Item key={requirement}>{requirement}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}
