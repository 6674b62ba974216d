import type { ReactNode } from 'react';
import { Checkbox, Radio, SimpleGrid, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { IDENTIFIER_SHOW_LAST4_MIN_LENGTH, maskIdentifier } from '@waymark/shared/types';
import { RiskAndFlags } from '../shared/client-badges';
import { FactList } from '../shared/fact-list';
import { formatCalendarDate } from '../shared/format';
import { formatAddress } from '../shared/person-values';
import { DuplicateWarning, type DuplicateCandidate } from './duplicate-warning';
import type { IntakeValues } from './intake-values';

/** A number just typed, shown the way the record will show it. */
function maskTyped(value: string): string {
  const typed = value.trim();
  return maskIdentifier(typed.length >= IDENTIFIER_SHOW_LAST4_MIN_LENGTH ? typed.slice(-4) : '');
}

function Section({ title, facts }: { title: string; facts: Array<[label: string, value: ReactNode]> }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h5">
        {title}
      </Title>
      <FactList facts={facts} />
    </Stack>
  );
}

/** Everything entered, to check before the record is created; likely duplicates once more. */
export function ReviewStep({
  form,
  candidates,
  onOpenInstead,
}: {
  form: UseFormReturnType<IntakeValues>;
  candidates: DuplicateCandidate[];
  onOpenInstead: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const values = form.getValues();
  return (
    <Stack gap="lg">
      <DuplicateWarning candidates={candidates} onOpenInstead={onOpenInstead} />
      {candidates.length ? (
        <Checkbox
          label={t('intake.notADuplicate', { name: `${values.legalFirstName} ${values.legalLastName}`.trim() })}
          {...form.getInputProps('notADuplicate', { type: 'checkbox' })}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section
          title={t('intake.steps.person')}
          facts={[
            [t('person.legalName'), `${values.legalFirstName} ${values.legalLastName}`.trim()],
            [t('person.preferredName'), values.preferredName],
            [t('person.dateOfBirth'), formatCalendarDate(values.dateOfBirth, i18n.language)],
            [t('person.pronouns'), values.pronouns],
            [t('person.gender'), values.gender],
            [t('person.primaryLanguage'), [values.primaryLanguage, values.interpreterNeeded ? t('person.interpreterNeededShort') : ''].filter(Boolean).join(' · ')],
            [t('person.phone'), values.phone],
            [t('person.email'), values.email],
            [t('person.address'), formatAddress({ line1: values.addressLine1, line2: values.addressLine2, city: values.city, region: values.region, postalCode: values.postalCode })],
          ]}
        />
        <Stack gap="lg">
          <Section
            title={t('intake.steps.referral')}
            facts={[
              [t('intake.referralSource'), values.referralSource],
              [t('intake.referralReason'), values.referralReason],
              [t('intake.presentingNeeds'), values.presentingNeeds],
            ]}
          />
          <Section
            title={t('intake.steps.risk')}
            facts={[
              [t('intake.riskAndFlags'), values.riskLevel ? <RiskAndFlags key="risk" riskLevel={values.riskLevel} flags={values.flags} size="sm" /> : null],
              ...values.identifiers.map((identifier): [string, ReactNode] => [t(`identifiers.kind.${identifier.kind}`), maskTyped(identifier.value)]),
            ]}
          />
        </Stack>
      </SimpleGrid>
      <Radio.Group label={t('intake.recordAs')} {...form.getInputProps('status')}>
        <Stack gap="xs" mt="xs">
          <Radio value="INTAKE" label={t('status.INTAKE')} description={t('intake.recordAsIntake')} />
          <Radio value="INQUIRY" label={t('status.INQUIRY')} description={t('intake.recordAsInquiry')} />
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
