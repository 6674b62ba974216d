import { useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ClientSort, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { useErrorMessage, type ClientProfileFieldsFragment } from '@waymark/web/core';
import { clientsQuery } from '../client.operations';
import { toSearchTerm } from '../search/search-term';
import { ClientIdentity } from '../shared/client-identity';
import { mergeClientsMutation } from './profile.operations';
import { evictClientLists } from '../shared/client-cache';

/**
 * A supervisor folds this record (a duplicate) into the one that lives on. Everything is
 * moved there in one step; this record stays as an alias that leads to it.
 */
export function MergeDialog({ client, opened, onClose }: { client: ClientProfileFieldsFragment; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('client');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(toSearchTerm(text, i18n.language), 300);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = useQuery(clientsQuery, { variables: { first: 8, search, sort: ClientSort.RELEVANCE }, skip: search.length < 2 || !opened });
  const candidates = (data?.clients.edges ?? []).map((edge) => edge.node).filter((node) => node.id !== client.id);
  const target = candidates.find((candidate) => candidate.id === targetId) ?? null;
  const [merge, { loading }] = useMutation(mergeClientsMutation, { update: evictClientLists });
  const close = () => {
    setText('');
    setTargetId(null);
    setReason('');
    setProblem(null);
    onClose();
  };
  const submit = async () => {
    setProblem(null);
    if (!target) return setProblem(t('merge.chooseTarget'));
    if (!reason.trim()) return setProblem(t('merge.reasonRequired'));
    try {
      const { data: merged } = await merge({
        variables: { input: { sourceClientId: client.id, sourceVersion: client.version, targetClientId: target.id, targetVersion: target.version, reason: reason.trim() } },
      });
      notifications.show({ color: 'green', message: t('merge.done', { source: client.clientNumber, target: target.displayName }) });
      close();
      navigate(`/clients/${merged?.mergeClients.id ?? target.id}`, { replace: true });
    } catch (failure) {
      setProblem(describeError(failure, { CONFLICT: t('profile.conflict'), BAD_USER_INPUT: t('merge.refused') }));
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('merge.title', { name: client.displayName })} closeButtonProps={{ 'aria-label': tc('form.close') }} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('merge.description', { number: client.clientNumber })}</Text>
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <TextInput
            label={t('merge.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            data-autofocus
          />
          <Radio.Group label={t('merge.target')} value={targetId} onChange={setTargetId}>
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
          <Textarea label={t('merge.reason')} required autosize minRows={2} maxLength={SHORT_TEXT_MAX_LENGTH} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {target ? t('merge.submitInto', { name: target.displayName }) : t('merge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
