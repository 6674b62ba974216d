import { Autocomplete, Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_FLAGS,
  LONG_TEXT_MAX_LENGTH,
  RISK_LEVELS,
  SHORT_TEXT_MAX_LENGTH,
  type ClientFlag,
  type RiskLevel,
} from '@waymark/shared/types';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { RiskAndFlags } from '../../shared/client-badges';
import { FactList } from '../../shared/fact-list';
import { optionalText, textRule } from '../../shared/validators';
import { ClientEditForm } from './client-edit-form';
import { EditableSection } from './section-card';

type CareValues = {
  riskLevel: RiskLevel;
  flags: ClientFlag[];
  referralSource: string;
  referralReason: string;
  presentingNeeds: string;
};

function careValuesOf(client: ClientProfileFieldsFragment): CareValues {
  return {
    riskLevel: client.riskLevel,
    flags: [...client.flags],
    referralSource: client.referralSource ?? '',
    referralReason: client.referralReason ?? '',
    presentingNeeds: client.presentingNeeds ?? '',
  };
}

/** Risk, flags and why the client came: shown, and edited in place by those who may. */
export function CareCard({ client, canEdit, onReload }: { client: ClientProfileFieldsFragment; canEdit: boolean; onReload: () => void }) {
  const { t } = useTranslation('client');
  return (
    <EditableSection
      id="client-care"
      title={t('overview.care')}
      canEdit={canEdit}
      form={(done) => (
        <ClientEditForm
          client={client}
          values={careValuesOf(client)}
          validate={{
            referralSource: textRule(t, SHORT_TEXT_MAX_LENGTH),
            referralReason: textRule(t, LONG_TEXT_MAX_LENGTH),
            presentingNeeds: textRule(t, LONG_TEXT_MAX_LENGTH),
          }}
          toPatch={(changed) => Object.fromEntries(Object.entries(changed).map(([field, value]) => [field, typeof value === 'string' ? optionalText(value) : value]))}
          onDone={done}
          onReload={onReload}
        >
          {(form) => (
            <>
              <Radio.Group label={t('intake.riskLevel')} {...form.getInputProps('riskLevel')}>
                <Group gap="lg" mt="xs">
                  {RISK_LEVELS.map((level) => (
                    <Radio key={level} value={level} label={t(`risk.${level}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <Checkbox.Group label={t('intake.flags')} {...form.getInputProps('flags')}>
                <Stack gap="xs" mt="xs">
                  {CLIENT_FLAGS.map((flag) => (
                    <Checkbox key={flag} value={flag} label={t(`flag.${flag}`)} />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Autocomplete
                label={t('intake.referralSource')}
                data={t('intake.referralSources', { returnObjects: true }) as string[]}
                maxLength={SHORT_TEXT_MAX_LENGTH}
                {...form.getInputProps('referralSource')}
              />
              <Textarea label={t('intake.referralReason')} autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('referralReason')} />
              <Textarea label={t('intake.presentingNeeds')} autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('presentingNeeds')} />
            </>
          )}
        </ClientEditForm>
      )}
    >
      <FactList
        facts={[
          [t('intake.riskAndFlags'), <RiskAndFlags key="risk" riskLevel={client.riskLevel} flags={client.flags} size="sm" />],
          [t('intake.referralSource'), client.referralSource],
          [t('intake.referralReason'), client.referralReason],
          [t('intake.presentingNeeds'), client.presentingNeeds],
        ]}
      />
    </EditableSection>
  );
}
