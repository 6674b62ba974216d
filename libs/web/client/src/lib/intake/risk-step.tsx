import { ActionIcon, Button, Checkbox, Fieldset, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CLIENT_FLAGS, IDENTIFIER_KINDS, IDENTIFIER_VALUE_MAX_LENGTH, RISK_LEVELS, type IdentifierKind } from '@waymark/shared/types';
import type { IntakeValues } from './intake-values';

/** Risk level and flags every worker must see, and numbers such as a Medicaid number. */
export function RiskStep({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation('client');
  const identifiers = form.getValues().identifiers;
  const unused = IDENTIFIER_KINDS.filter((kind) => !identifiers.some((identifier) => identifier.kind === kind));
  return (
    <Stack gap="md" maw={720}>
      <Radio.Group label={t('intake.riskLevel')} description={t('intake.riskLevelHint')} {...form.getInputProps('riskLevel')}>
        <Group gap="lg" mt="xs">
          {RISK_LEVELS.map((level) => (
            <Radio key={level} value={level} label={t(`risk.${level}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox.Group label={t('intake.flags')} description={t('intake.flagsHint')} {...form.getInputProps('flags')}>
        <Stack gap="xs" mt="xs">
          {CLIENT_FLAGS.map((flag) => (
            <Checkbox key={flag} value={flag} label={t(`flag.${flag}`)} description={t(`flagHint.${flag}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Fieldset legend={t('intake.identifiers')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('intake.identifiersHint')}
          </Text>
          {identifiers.map((identifier, index) => (
            <Group key={index} align="flex-end" gap="sm" wrap="nowrap">
              <Select
                label={t('identifiers.kindLabel')}
                data={[identifier.kind, ...unused].map((kind) => ({ value: kind, label: t(`identifiers.kind.${kind}`) }))}
                allowDeselect={false}
                w={200}
                {...form.getInputProps(`identifiers.${index}.kind`)}
              />
              <TextInput
                label={t('identifiers.value', { kind: t(`identifiers.kind.${identifier.kind}`) })}
                maxLength={IDENTIFIER_VALUE_MAX_LENGTH}
                autoComplete="off"
                style={{ flex: 1 }}
                {...form.getInputProps(`identifiers.${index}.value`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={t('identifiers.remove', { kind: t(`identifiers.kind.${identifier.kind}`) })}
                onClick={() => form.removeListItem('identifiers', index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {unused.length ? (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('identifiers', { kind: unused[0] as IdentifierKind, value: '' })}
              >
                {t('identifiers.add')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
