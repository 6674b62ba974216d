import { useState } from 'react';
import { Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLIENT_SORT_ORDER, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { ClientProfileFieldsFragment } from '@waymark/web/core';
import { clientsQuery } from '../client.operations';
import { toSearchTerm } from '../search/search-term';
import { evictClientLists } from '../shared/client-cache';
import { ClientIdentity } from '../shared/client-identity';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { MergeComparison } from './merge-comparison';
import { clientProfileQuery, mergeClientsMutation } from './profile.operations';

/**
 * A supervisor folds this record (a duplicate) into the one that lives on. Everything is
 * moved there in one step; this record stays as an alias that leads to it.
 */
export function MergeDialog({ client, opened, onClose }: { client: ClientProfileFieldsFragment; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('client');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(toSearchTerm(text, i18n.language), 300);
  const { data } = useQuery(clientsQuery, { variables: { first: 8, search, orderBy: CLIENT_SORT_ORDER.RELEVANCE }, skip: search.length < 2 || !opened });
  const candidates = (data?.clients.edges ?? []).map((edge) => edge.node).filter((node) => node.id !== client.id);
  const [merge, { loading }] = useMutation(mergeClientsMutation, { update: evictClientLists });
  const form = useForm({
    initialValues: { targetId: '', reason: '', confirmation: '' },
    validate: {
      targetId: (id) => (candidates.some((candidate) => candidate.id === id) ? null : t('merge.chooseTarget')),
      reason: (reason) => (reason.trim() ? null : t('merge.reasonRequired')),
      // Typing the number of the record that stays makes the supervisor read which one it is.
      confirmation: (typed, values) => {
        const chosen = candidates.find((candidate) => candidate.id === values.targetId);
        return !chosen || typed.trim().toUpperCase() === chosen.clientNumber.toUpperCase() ? null : t('merge.confirmMismatch', { number: chosen.clientNumber });
      },
    },
  });
  const target = candidates.find((candidate) => candidate.id === form.values.targetId) ?? null;
  // The address is only on the full record; the comparison shows the rest until it arrives.
  const { data: targetProfile } = useQuery(clientProfileQuery, { variables: { id: target?.id ?? '' }, skip: !target });
  const targetAddress = targetProfile?.client?.id === target?.id ? targetProfile?.client?.address : undefined;
  const { submit, error, clearError } = useFormSubmit(
    form,
    async ({ reason }) => {
      if (!target) return;
      const { data: merged } = await merge({
        variables: { input: { sourceClientId: client.id, sourceVersion: client.version, targetClientId: target.id, targetVersion: target.version, reason: reason.trim() } },
      });
      notifications.show({ color: 'green', message: t('merge.done', { source: client.clientNumber, target: target.displayName }) });
      navigate(`/clients/${merged?.mergeClients.id ?? target.id}`, { replace: true });
    },
    { onDone: () => close() },
  );
  const close = () => {
    setText('');
    form.reset();
    clearError();
    onClose();
  };
  return (
    <FormDialog
      opened={opened}
      size="lg"
      title={t('merge.title', { name: client.displayName })}
      submitLabel={target ? t('merge.submitInto', { name: target.displayName }) : t('merge.submit')}
      color="red"
      loading={loading}
      error={error}
      errorOverrides={{ CONFLICT: t('profile.conflict'), BAD_USER_INPUT: t('merge.refused') }}
      onSubmit={submit}
      onClose={close}
    >
      <Text size="sm">{t('merge.description', { number: client.clientNumber })}</Text>
      <TextInput
        label={t('merge.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        data-autofocus
      />
      <Radio.Group label={t('merge.target')} {...form.getInputProps('targetId')}>
        <Stack gap="xs" mt="xs">
          {candidates.map((candidate) => (
            <Radio key={candidate.id} value={candidate.id} label={<ClientIdentity client={candidate} />} />
          ))}
          {search.length >= 2 && data && !candidates.length ? (
            <Text size="sm" c="dimmed">
              {t('search.none')}
            </Text>
          ) : null}
        </Stack>
      </Radio.Group>
      {target ? (
        <>
          <MergeComparison source={client} target={{ ...target, address: targetAddress }} />
          <TextInput
            label={t('merge.confirm', { number: target.clientNumber })}
            description={t('merge.confirmHint')}
            required
            autoComplete="off"
            {...form.getInputProps('confirmation')}
          />
        </>
      ) : null}
      <Textarea label={t('merge.reason')} required autosize minRows={2} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
