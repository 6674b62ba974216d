import { useState } from 'react';
import { Autocomplete, Button, Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_FLAGS,
  LONG_TEXT_MAX_LENGTH,
  RISK_LEVELS,
  SHORT_TEXT_MAX_LENGTH,
  type ClientFlag,
  type RiskLevel,
} from '@waymark/shared/types';
import { focusFirstInvalid, type ClientProfileFieldsFragment } from '@waymark/web/core';
import { RiskAndFlags } from '../../shared/client-badges';
import { FactList } from '../../shared/fact-list';
import { orNull } from '../../shared/person-values';
import { SaveError } from './save-error';
import { SectionCard } from './section-card';
import { useClientUpdate } from './use-client-update';
import { useRebasedForm } from '../../shared/use-rebased-form';

interface CareValues extends Record<string, unknown> {
  riskLevel: RiskLevel;
  flags: ClientFlag[];
  referralSource: string;
  referralReason: string;
  presentingNeeds: string;
}

function careValuesOf(client: ClientProfileFieldsFragment): CareValues {
  return {
    riskLevel: client.riskLevel,
    flags: [...client.flags],
    referralSource: client.referralSource ?? '',
    referralReason: client.referralReason ?? '',
    presentingNeeds: client.presentingNeeds ?? '',
  };
}

function validateCare(values: CareValues, tooLong: (max: number) => string): Record<string, string | null> {
  return {
    referralSource: values.referralSource.trim().length > SHORT_TEXT_MAX_LENGTH ? tooLong(SHORT_TEXT_MAX_LENGTH) : null,
    referralReason: values.referralReason.trim().length > LONG_TEXT_MAX_LENGTH ? tooLong(LONG_TEXT_MAX_LENGTH) : null,
    presentingNeeds: values.presentingNeeds.trim().length > LONG_TEXT_MAX_LENGTH ? tooLong(LONG_TEXT_MAX_LENGTH) : null,
  };
}

/** Risk, flags and why the client came: shown, and edited in place by those who may. */
export function CareCard({ client, canEdit, onReload }: { client: ClientProfileFieldsFragment; canEdit: boolean; onReload: () => void }) {
  const { t } = useTranslation('client');
  const [editing, setEditing] = useState(false);
  const title = t('overview.care');
  if (editing) {
    return (
      <SectionCard id="client-care" title={title} editing>
        <CareEditForm client={client} onDone={() => setEditing(false)} onReload={onReload} />
      </SectionCard>
    );
  }
  return (
    <SectionCard id="client-care" title={title} onEdit={canEdit ? () => setEditing(true) : undefined}>
      <FactList
        facts={[
          [t('intake.riskAndFlags'), <RiskAndFlags key="risk" riskLevel={client.riskLevel} flags={client.flags} size="sm" />],
          [t('intake.referralSource'), client.referralSource],
          [t('intake.referralReason'), client.referralReason],
          [t('intake.presentingNeeds'), client.presentingNeeds],
        ]}
      />
    </SectionCard>
  );
}

function CareEditForm({ client, onDone, onReload }: { client: ClientProfileFieldsFragment; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation('client');
  const { t: tc } = useTranslation();
  const { form, changes } = useRebasedForm<CareValues>(careValuesOf(client), client.version, (values) =>
    validateCare(values, (count) => t('person.tooLong', { count })),
  );
  const update = useClientUpdate(client);
  const submit = form.onSubmit(async () => {
    const changed = changes();
    if (!Object.keys(changed).length) return onDone();
    const patch = Object.fromEntries(Object.entries(changed).map(([field, value]) => [field, typeof value === 'string' ? orNull(value) : value]));
    const failure = await update.save(patch);
    if (failure) {
      for (const { field } of failure.fields) form.setFieldError(field.replace(/^input\./, ''), t('intake.fieldRejected'));
      return;
    }
    notifications.show({ color: 'green', message: t('overview.saved', { name: client.displayName }) });
    onDone();
  }, focusFirstInvalid);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveError
          error={update.error}
          onReload={() => {
            update.clearError();
            onReload();
          }}
        />
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
        <Group gap="sm">
          <Button type="submit" loading={update.loading}>
            {tc('form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {tc('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
