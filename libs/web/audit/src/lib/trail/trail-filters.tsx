import { useEffect, useState } from 'react';
import { Button, Card, Group, MultiSelect, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ACTORS_MAX, type AuditAction } from '@waymark/shared/types';
import { ClientPicker } from '@waymark/web/client';
import { reversedRange, type TrailFilterValues } from './trail-filter';
import { auditActorsQuery } from './trail.operations';

/** A text filter that applies when the reader leaves the field or presses Enter, not at each keystroke. */
function CommittedText({ label, description, value, onCommit }: { label: string; description?: string; value: string; onCommit: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      maxLength={200}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => text !== value && onCommit(text)}
      onKeyDown={(event) => event.key === 'Enter' && onCommit(text)}
    />
  );
}

/** The audit viewer's filter: client, user, actions, record, time range, high severity only. */
export function TrailFilters({
  values,
  clientLabel,
  onChange,
  onReset,
}: {
  values: TrailFilterValues;
  clientLabel: string | null;
  onChange: (patch: Partial<TrailFilterValues>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('audit');
  const { data } = useQuery(auditActorsQuery);
  const users = (data?.auditActors ?? []).map((actor) => ({
    value: actor.id,
    label: actor.active ? actor.displayName : t('trail.filters.inactive', { name: actor.displayName }),
  }));
  const actions = AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`trail.action.${action}`) }));
  const badRange = reversedRange(values);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('trail.filters.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <ClientPicker value={values.client || null} selectedLabel={clientLabel ?? undefined} onChange={(client) => onChange({ client: client ?? '' })} />
        <Select
          label={t('trail.filters.user')}
          placeholder={t('trail.filters.anyUser')}
          description={users.length >= AUDIT_ACTORS_MAX ? t('trail.filters.usersCapped', { max: AUDIT_ACTORS_MAX }) : undefined}
          data={users}
          value={values.user || null}
          onChange={(user) => onChange({ user: user ?? '' })}
          searchable
          clearable
        />
        <MultiSelect
          label={t('trail.filters.actions')}
          placeholder={values.actions.length ? undefined : t('trail.filters.anyAction')}
          data={actions}
          value={values.actions}
          onChange={(chosen) => onChange({ actions: chosen as AuditAction[] })}
          clearable
          searchable
        />
        <CommittedText label={t('trail.filters.entityType')} description={t('trail.filters.entityTypeHint')} value={values.entityType} onCommit={(entityType) => onChange({ entityType })} />
        <CommittedText label={t('trail.filters.entityId')} value={values.entityId} onCommit={(entityId) => onChange({ entityId })} />
        <TextInput type="datetime-local" label={t('trail.filters.from')} value={values.from} onChange={(event) => onChange({ from: event.currentTarget.value })} />
        <TextInput
          type="datetime-local"
          label={t('trail.filters.to')}
          value={values.to}
          error={badRange ? t('trail.filters.badRange') : undefined}
          onChange={(event) => onChange({ to: event.currentTarget.value })}
        />
        <Switch mt={{ sm: 'xl' }} label={t('trail.filters.highOnly')} checked={values.high} onChange={(event) => onChange({ high: event.currentTarget.checked })} />
        <Group justify="flex-end" align="flex-end">
          <Button variant="subtle" onClick={onReset}>
            {t('trail.filters.reset')}
          </Button>
        </Group>
      </SimpleGrid>
    </Card>
  );
}
