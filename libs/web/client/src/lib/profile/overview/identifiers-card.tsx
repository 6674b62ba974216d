import { useState } from 'react';
import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconEye, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { IDENTIFIER_KINDS, IDENTIFIER_VALUE_MAX_LENGTH, type IdentifierKind } from '@waymark/shared/types';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { FormActions } from '../../shared/form-actions';
import { useFormSubmit } from '../../shared/use-form-submit';
import { textRule } from '../../shared/validators';
import { removeClientIdentifierMutation, setClientIdentifierMutation } from '../profile.operations';
import { RevealIdentifierDialog } from './reveal-identifier-dialog';
import { SaveError } from './save-error';
import { SectionCard } from './section-card';

type Identifier = ClientProfileFieldsFragment['identifiers'][number];

/**
 * Medicaid and other numbers: masked always; revealed one at a time, on purpose, with a
 * reason that is recorded, by those who may change the record (not auditors). Adding a kind
 * the client has replaces its number.
 */
export function IdentifiersCard({ client, canEdit, onReload }: { client: ClientProfileFieldsFragment; canEdit: boolean; onReload: () => void }) {
  const { t } = useTranslation('client');
  const [revealing, setRevealing] = useState<Identifier | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [remove, removeState] = useMutation(removeClientIdentifierMutation);
  const kindLabel = (kind: IdentifierKind) => t(`identifiers.kind.${kind}`);

  const removeIdentifier = async (identifier: Identifier) => {
    setError(null);
    try {
      await remove({ variables: { input: { identifierId: identifier.id, version: identifier.version } } });
      notifications.show({ color: 'green', message: t('identifiers.removed', { kind: kindLabel(identifier.kind) }) });
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <SectionCard id="client-identifiers" title={t('identifiers.title')} editing={adding}>
      <Stack gap="md">
        <SaveError
          error={error}
          onReload={() => {
            setError(null);
            onReload();
          }}
        />
        {client.identifiers.length ? (
          <Table verticalSpacing="xs" aria-labelledby="client-identifiers">
            <Table.Tbody>
              {client.identifiers.map((identifier) => (
                <Table.Tr key={identifier.id}>
                  <Table.Th scope="row" fw={500}>
                    {kindLabel(identifier.kind)}
                  </Table.Th>
                  <Table.Td ff="monospace">{identifier.masked}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {canEdit ? (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconEye size={14} aria-hidden />}
                          onClick={() => setRevealing(identifier)}
                          aria-label={t('identifiers.reveal', { kind: kindLabel(identifier.kind) })}
                        >
                          {t('identifiers.revealShort')}
                        </Button>
                      ) : null}
                      {canEdit ? (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          loading={removeState.loading}
                          onClick={() => void removeIdentifier(identifier)}
                          aria-label={t('identifiers.remove', { kind: kindLabel(identifier.kind) })}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('identifiers.none')}
          </Text>
        )}
        {canEdit && adding ? <AddIdentifierForm client={client} onDone={() => setAdding(false)} /> : null}
        {canEdit && !adding ? (
          <Group>
            <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
              {t('identifiers.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <RevealIdentifierDialog identifier={revealing} kindLabel={revealing ? kindLabel(revealing.kind) : ''} onClose={() => setRevealing(null)} />
    </SectionCard>
  );
}

function AddIdentifierForm({ client, onDone }: { client: ClientProfileFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('client');
  const [setIdentifier, { loading }] = useMutation(setClientIdentifierMutation);
  const form = useForm({
    initialValues: { kind: IDENTIFIER_KINDS[0] as IdentifierKind, value: '' },
    validate: { value: textRule(t, IDENTIFIER_VALUE_MAX_LENGTH, { required: true }) },
  });
  const { kind } = form.values;
  const { submit, error } = useFormSubmit(
    form,
    async ({ value }) => {
      const replacing = client.identifiers.find((identifier) => identifier.kind === kind);
      await setIdentifier({ variables: { input: { clientId: client.id, kind, value: value.trim(), version: replacing?.version ?? null } } });
      notifications.show({ color: 'green', message: t('identifiers.saved', { kind: t(`identifiers.kind.${kind}`) }) });
    },
    { onDone },
  );
  const replaces = client.identifiers.some((identifier) => identifier.kind === kind);
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <SaveError error={error} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('identifiers.kindLabel')}
            data={IDENTIFIER_KINDS.map((item) => ({ value: item, label: t(`identifiers.kind.${item}`) }))}
            allowDeselect={false}
            w={200}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('identifiers.value', { kind: t(`identifiers.kind.${kind}`) })}
            description={replaces ? t('identifiers.replaces') : undefined}
            maxLength={IDENTIFIER_VALUE_MAX_LENGTH}
            autoComplete="off"
            style={{ flex: '1 1 220px' }}
            {...form.getInputProps('value')}
          />
        </Group>
        <FormActions inline loading={loading} onCancel={onDone} />
      </Stack>
    </form>
  );
}
