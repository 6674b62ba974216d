import { useState } from 'react';
import { ActionIcon, Button, Group, List, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  RESOURCE_LIST_LANGUAGES,
  RESOURCE_LIST_NOTE_MAX_LENGTH,
  RESOURCE_LIST_SERVICES_MAX,
  type ResourceListLanguage,
  resourceListLanguageFor,
  ServiceStatus,
} from '@waymark/shared/types';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { ActionError, FormActions, FormModal } from '@waymark/web/client';
import { directorySearchQuery } from '@waymark/web/resource-directory';
import { referralServiceQuery } from '../form/referral-service.operations';
import { createResourceListMutation, resourceListClientQuery } from './resource-lists.operations';

const RESULTS = 10;

interface Chosen {
  serviceId: string;
  name: string;
  organizationName: string;
}

/**
 * Making a list: search the directory by words and add services (up to the limit), write a
 * note, pick the language (the client's own when the product speaks it), and make it.
 * `firstServiceId` starts the list with a service chosen on its directory page.
 */
export function ResourceListBuilder({
  clientId,
  firstServiceId,
  onClose,
  onMade,
}: {
  clientId: string;
  firstServiceId: string | null;
  onClose: () => void;
  onMade: () => void;
}) {
  const { t } = useTranslation('referral');
  const client = useQuery(resourceListClientQuery, { variables: { id: clientId } });
  const first = useQuery(referralServiceQuery, { variables: { id: firstServiceId ?? '' }, skip: !firstServiceId });
  const loaded = client.data && (!firstServiceId || first.data || first.error);
  return (
    <FormModal opened title={t('resourceLists.builder.title')} onClose={onClose} size="xl">
      {loaded ? (
        <BuilderForm
          clientId={clientId}
          defaultLanguage={resourceListLanguageFor(client.data?.client.primaryLanguage)}
          firstService={
            first.data?.directoryService && first.data.directoryService.status === ServiceStatus.ACTIVE
              ? { serviceId: first.data.directoryService.id, name: first.data.directoryService.name, organizationName: first.data.directoryService.organization.name }
              : null
          }
          onClose={onClose}
          onMade={onMade}
        />
      ) : client.error ? (
        <ErrorState error={client.error} onRetry={() => void client.refetch()} />
      ) : (
        <LoadingState />
      )}
    </FormModal>
  );
}

function BuilderForm({
  clientId,
  defaultLanguage,
  firstService,
  onClose,
  onMade,
}: {
  clientId: string;
  defaultLanguage: ResourceListLanguage;
  firstService: Chosen | null;
  onClose: () => void;
  onMade: () => void;
}) {
  const { t } = useTranslation('referral');
  const [words, setWords] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen[]>(firstService ? [firstService] : []);
  const [note, setNote] = useState('');
  const [language, setLanguage] = useState<ResourceListLanguage>(defaultLanguage);
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading: saving, error }] = useMutation(createResourceListMutation);
  const search = useQuery(directorySearchQuery, { variables: { input: { text: searched ?? '', first: RESULTS } }, skip: !searched });
  const hits = searched ? (search.data?.directorySearch.edges.map((edge) => edge.node) ?? []) : [];
  const full = chosen.length >= RESOURCE_LIST_SERVICES_MAX;
  const onList = new Set(chosen.map((service) => service.serviceId));

  const add = (service: Chosen) => {
    setProblem(null);
    setChosen((current) => (current.length >= RESOURCE_LIST_SERVICES_MAX || current.some((c) => c.serviceId === service.serviceId) ? current : [...current, service]));
  };
  const submit = async () => {
    if (!chosen.length) {
      setProblem(t('resourceLists.builder.needOne'));
      return;
    }
    await create({ variables: { input: { clientId, serviceIds: chosen.map((service) => service.serviceId), note: note.trim() || null, language } } });
    notifications.show({ message: t('resourceLists.builder.made'), color: 'green' });
    onMade();
  };

  return (
    <Stack gap="md">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearched(words.trim() || null);
        }}
      >
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('resourceLists.builder.searchLabel')}
            placeholder={t('resourceLists.builder.searchPlaceholder')}
            value={words}
            onChange={(event) => setWords(event.currentTarget.value)}
            maxLength={200}
            data-autofocus
          />
          <Button type="submit" variant="light" leftSection={<IconSearch size={16} aria-hidden />}>
            {t('resourceLists.builder.search')}
          </Button>
        </Group>
      </form>
      {searched ? (
        <Stack gap={4} aria-live="polite">
          {search.loading ? <LoadingState label={t('resourceLists.builder.searching')} /> : null}
          {search.error ? <ErrorState error={search.error} onRetry={() => void search.refetch()} /> : null}
          {!search.loading && !search.error && !hits.length ? (
            <Text size="sm" c="dimmed">
              {t('resourceLists.builder.noResults')}
            </Text>
          ) : null}
          {hits.length ? (
            <List listStyleType="none" spacing={4} aria-label={t('resourceLists.builder.results')}>
              {hits.map((hit) => (
                <List.Item key={hit.serviceId}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" miw={0}>
                      <Text span fw={600} size="sm">
                        {hit.name}
                      </Text>{' '}
                      <Text span c="dimmed" size="sm">
                        {[hit.organizationName, hit.address].filter(Boolean).join(' · ')}
                      </Text>
                    </Text>
                    <Button
                      size="xs"
                      variant="default"
                      style={{ flexShrink: 0 }}
                      leftSection={<IconPlus size={14} aria-hidden />}
                      disabled={onList.has(hit.serviceId) || full || hit.status !== ServiceStatus.ACTIVE}
                      aria-label={t('resourceLists.builder.addNamed', { name: hit.name })}
                      onClick={() => add({ serviceId: hit.serviceId, name: hit.name, organizationName: hit.organizationName })}
                    >
                      {onList.has(hit.serviceId) ? t('resourceLists.builder.onList') : t('resourceLists.builder.add')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
      ) : null}

      <Stack gap={4}>
        <Text fw={600} size="sm" id="resource-list-chosen">
          {t('resourceLists.builder.chosen', { count: chosen.length, max: RESOURCE_LIST_SERVICES_MAX })}
        </Text>
        {chosen.length ? (
          <List type="ordered" spacing={4} aria-labelledby="resource-list-chosen">
            {chosen.map((service) => (
              <List.Item key={service.serviceId}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    {service.name}{' '}
                    <Text span c="dimmed" size="sm">
                      {service.organizationName}
                    </Text>
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('resourceLists.builder.removeNamed', { name: service.name })}
                    onClick={() => setChosen((current) => current.filter((c) => c.serviceId !== service.serviceId))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('resourceLists.builder.chosenEmpty')}
          </Text>
        )}
        {full ? (
          <Text size="sm" c="dimmed">
            {t('resourceLists.builder.full', { max: RESOURCE_LIST_SERVICES_MAX })}
          </Text>
        ) : null}
        {problem ? (
          <Text size="sm" c="red" role="alert">
            {problem}
          </Text>
        ) : null}
      </Stack>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit().catch(() => undefined);
        }}
      >
        <Stack gap="md">
          <Textarea
            label={t('resourceLists.builder.noteLabel')}
            description={t('resourceLists.builder.noteDescription')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={RESOURCE_LIST_NOTE_MAX_LENGTH}
            autosize
            minRows={2}
          />
          <Select
            label={t('resourceLists.builder.languageLabel')}
            description={`${t('resourceLists.builder.languageAuto')}: ${t(`resourceLists.language.${defaultLanguage}`)}`}
            data={RESOURCE_LIST_LANGUAGES.map((value) => ({ value, label: t(`resourceLists.language.${value}`) }))}
            value={language}
            onChange={(value) => value && setLanguage(value as ResourceListLanguage)}
            allowDeselect={false}
          />
          <ActionError error={error} />
          <FormActions onCancel={onClose} submitLabel={t('resourceLists.builder.save')} loading={saving} />
        </Stack>
      </form>
    </Stack>
  );
}
