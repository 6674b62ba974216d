import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { Anchor, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLIENT_SORT_ORDER } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { clientsQuery } from '../client.operations';
import { ClientAtAGlance } from '../shared/client-identity';
import { toSearchTerm } from './search-term';
import classes from './client-search-panel.module.css';

const RESULTS = 8;
const MIN_LENGTH = 2;

/**
 * The finder inside the search dialog: a combobox whose options are the best matches by
 * name (typos and swapped names forgiven), client number, date of birth or phone. Arrow
 * keys move through them; Enter opens the highlighted client (the first by default).
 */
export function ClientSearchPanel({ onOpen }: { onOpen: () => void }) {
  const { t, i18n } = useTranslation('client');
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = toSearchTerm(debounced, i18n.language);
  const ready = search.length >= MIN_LENGTH;
  const { data, previousData, loading, error, refetch } = useQuery(clientsQuery, {
    variables: { first: RESULTS, search, orderBy: CLIENT_SORT_ORDER.RELEVANCE },
    skip: !ready,
  });
  const results = ready && !error ? (data ?? previousData)?.clients.edges.map((edge) => edge.node) ?? [] : [];
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(results.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${index}`;

  const openClient = (id: string) => {
    onOpen();
    navigate(`/clients/${id}`);
  };
  const expanded = results.length > 0;
  const settled = ready && !loading && debounced === text.trim();
  // Enter pressed before the results of what was typed arrive opens the best of those, never an older result.
  const [enterPending, setEnterPending] = useState(false);
  const first = settled ? results[0] : undefined;
  useEffect(() => {
    if (!enterPending || !settled) return;
    setEnterPending(false);
    if (first) openClient(first.id);
    // openClient is a fresh closure each render; the pending Enter and the settled results decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enterPending, settled, first]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!results.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[activeIndex];
      if (settled && chosen) openClient(chosen.id);
      else if (!settled && text.trim().length >= MIN_LENGTH) setEnterPending(true);
    }
  };

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        label={t('search.label')}
        description={t('search.hint')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={loading ? <Loader size="xs" aria-hidden /> : null}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
          setEnterPending(false);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
      />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      <div id={listId} role="listbox" aria-label={t('search.results')} className={classes.list}>
        {results.map((client, index) => (
          <UnstyledButton
            key={client.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            tabIndex={-1}
            className={classes.option}
            onMouseEnter={() => setActive(index)}
            onClick={() => openClient(client.id)}
          >
            <ClientAtAGlance client={client} />
          </UnstyledButton>
        ))}
      </div>
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {settled && !error ? (results.length ? t('search.found', { count: results.length }) : t('search.none')) : ''}
      </Text>
      {ready ? (
        <Anchor component={Link} to={`/clients?q=${encodeURIComponent(debounced)}`} onClick={onOpen} size="sm">
          {t('search.allResults')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
