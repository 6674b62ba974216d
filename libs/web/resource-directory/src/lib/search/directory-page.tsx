import { useState } from 'react';
import { Alert, Box, Button, Card, Collapse, Grid, Group, LoadingOverlay, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconBuildingCommunity, IconSearch } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_PAGE_SIZE_DEFAULT, DIRECTORY_SEARCH_TEXT_MAX_LENGTH, DIRECTORY_SORTS, DirectorySort } from '@waymark/shared/types';
import { appendEdges, type DirectorySearchInput, LoadingState, LoadMoreFooter, Page, useErrorMessage, useLoadMore } from '@waymark/web/core';
import { RecordList } from '@waymark/web/client';
import { filtersFromParams, filtersToParams, hasNarrowingFilters, RADIUS_CHOICES_KM, type DirectoryFilterValues } from './directory-filters';
import { SearchFilters, type FilterChange } from './search-filters';
import { SearchResult } from './search-result';
import { DIRECTORY_RESULTS_ID, SkipToResults } from './skip-to-results';
import { directorySearchQuery } from './search.operations';
import { taxonomyTermsQuery } from '../shared/taxonomy.operations';
import { useSearchClient } from './use-search-client';
import { useSearchText } from './use-search-text';

/**
 * The directory search: words, category, language, age, open now and distance — from the
 * client's home when the search is for a client — sorted and counted, a page at a time. The
 * filters live in the address, so a search can be shared and the back button undoes a filter.
 */
export function DirectoryPage() {
  const { t } = useTranslation('directory');
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  // A control shows what was chosen at once; the address (and then the search) follows. Once the
  // address moves — this change written, or back pressed — it is what counts again.
  const [chosen, setChosen] = useState<DirectoryFilterValues | null>(null);
  const [seenAddress, setSeenAddress] = useState(address);
  if (seenAddress !== address) {
    setSeenAddress(address);
    setChosen(null);
  }
  const filters = (seenAddress === address ? chosen : null) ?? filtersFromParams(params);
  const change: FilterChange = (patch, replace = false) => {
    const next = { ...filters, ...patch };
    setChosen(next);
    setParams(filtersToParams(next), { replace });
  };
  const [text, setText] = useSearchText(filters.text, (words) => change({ text: words }, true));
  // Read at the first render, so a wide screen does not first draw the folded filters.
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);

  const searchClient = useSearchClient(filters.clientId);
  const age = filters.ageChosen ? filters.age : (searchClient.client?.age ?? null);
  const shown: DirectoryFilterValues = { ...filters, age };
  const { origin } = filters;
  const near =
    origin.kind === 'point' && origin.latitude !== null && origin.longitude !== null
      ? { latitude: origin.latitude, longitude: origin.longitude }
      : origin.kind === 'client'
        ? searchClient.point
        : null;
  // Distance needs a point to measure from; without one the API's order stands.
  const sort = filters.sort === DirectorySort.DISTANCE && !near ? null : filters.sort;
  // Until the reader picks an order the API's default stands, and the control says it is the default and why.
  const defaultSortReason = filters.text ? 'words' : near ? 'near' : 'none';
  const defaultSort = { words: DirectorySort.RELEVANCE, near: DirectorySort.DISTANCE, none: DirectorySort.NAME }[defaultSortReason];
  const shownSort = sort ?? defaultSort;
  const sortLabel = (value: DirectorySort) =>
    !sort && value === defaultSort ? t(`search.sortDefault.${defaultSortReason}`, { sort: t(`search.sortBy.${value}`) }) : t(`search.sortBy.${value}`);
  const input: DirectorySearchInput = {
    text: filters.text || null,
    taxonomyCodes: filters.categories.length ? filters.categories : null,
    languageCode: filters.languageCode,
    age,
    near,
    radiusKm: near ? filters.radiusKm : null,
    openNow: filters.openNow || null,
    sort,
    first: DIRECTORY_PAGE_SIZE_DEFAULT,
  };
  // Typing an age or coordinates settles before the search asks again.
  const [listKey] = useDebouncedValue(JSON.stringify(input), 250);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(directorySearchQuery, {
    variables: { input: JSON.parse(listKey) as DirectorySearchInput },
    skip: searchClient.loading,
    // Cached results show at once and are asked for again: an import or an edit may have changed them.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load the previous results stay, dimmed and marked as updating; after a failure they go.
  const result = (error ? data : (data ?? previousData))?.directorySearch;
  const searching = (loading && networkStatus !== NetworkStatus.fetchMore) || listKey !== JSON.stringify(input);
  const count = result ? t('search.count', { count: result.totalCount }) : '';
  const more = useLoadMore(listKey, (after) =>
    fetchMore({
      variables: { input: { ...(JSON.parse(listKey) as DirectorySearchInput), after } },
      updateQuery: (shownData, { fetchMoreResult }) => ({ directorySearch: appendEdges(shownData.directorySearch, fetchMoreResult.directorySearch) }),
    }),
  );

  const taxonomy = useQuery(taxonomyTermsQuery);
  const terms = taxonomy.data?.taxonomyTerms ?? [];

  const languageNames = new Map((result?.facets.languages ?? []).map((facet) => [facet.code, facet.name]));
  const clientName = searchClient.client?.displayName ?? null;
  const clearFilters = () =>
    change({ categories: [], languageCode: null, age: null, ageChosen: !!filters.clientId, openNow: false, radiusKm: null });
  const widerRadius = filters.radiusKm !== null ? RADIUS_CHOICES_KM.find((km) => km > (filters.radiusKm ?? 0)) : undefined;
  // The advice names only what is actually set: a radius, other filters, or else the words.
  const radiusSet = !!near && filters.radiusKm !== null;
  const otherFilters = hasNarrowingFilters({ ...shown, radiusKm: null });
  const emptyAdvice = radiusSet && otherFilters ? 'radiusOrFilter' : radiusSet ? 'radius' : otherFilters ? 'filter' : filters.text ? 'words' : 'none';

  return (
    <Page title={t('search.title')} description={clientName ? t('search.descriptionFor', { name: clientName }) : t('search.description')}>
      <Card withBorder radius="md" padding="md">
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('search.label')}>
          <TextInput
            label={t('search.words')}
            placeholder={t('search.wordsPlaceholder')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            maxLength={DIRECTORY_SEARCH_TEXT_MAX_LENGTH}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '1 1 280px' }}
          />
          <Select
            label={t('search.sort')}
            data={DIRECTORY_SORTS.map((value) => ({ value, label: sortLabel(value), disabled: value === DirectorySort.DISTANCE && !near }))}
            value={shownSort}
            onChange={(value) => {
              const chosen = DIRECTORY_SORTS.find((item) => item === value);
              if (chosen) change({ sort: chosen });
            }}
            allowDeselect={false}
            w={280}
          />
          {!wide ? (
            <Button
              variant="default"
              leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
              aria-expanded={filtersOpen}
              aria-controls="directory-filters"
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {filtersOpen ? t('search.filters.hide') : t('search.filters.show')}
            </Button>
          ) : null}
        </Group>
      </Card>
      {searchClient.error ? (
        <Alert color="orange" variant="light" title={t('search.clientErrorTitle')}>
          {errorMessage(searchClient.error)}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Collapse expanded={wide || filtersOpen} id="directory-filters">
            <Card withBorder radius="md" padding="md">
              <SkipToResults />
              <SearchFilters
                values={shown}
                terms={terms}
                termsError={taxonomy.error}
                onRetryTerms={() => void taxonomy.refetch()}
                categoryFacets={result?.facets.categories ?? []}
                languageFacets={result?.facets.languages ?? []}
                clientName={clientName}
                clientPointMissing={!!searchClient.client && !searchClient.point}
                onChange={change}
                onClear={clearFilters}
              />
            </Card>
          </Collapse>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="md" id={DIRECTORY_RESULTS_ID} tabIndex={-1} style={{ outlineOffset: 4 }}>
            {result?.correctedText ? (
              <Text size="sm">
                {t('search.correctedPrefix')} <strong>{result.correctedText}</strong>
              </Text>
            ) : null}
            {searchClient.loading ? (
              <LoadingState label={t('search.loadingClient')} />
            ) : (
              <RecordList
                total={searching && result?.totalCount === 0 ? undefined : result?.totalCount}
                loading={searching}
                error={error}
                onRetry={() => void refetch()}
                loadingLabel={t('search.loading')}
                countLabel={searching ? t('search.countUpdating', { shown: count }) : count}
                empty={{
                  headingOrder: 2,
                  icon: <IconBuildingCommunity aria-hidden />,
                  title: t('search.emptyTitle'),
                  description: t(`search.emptyDescription.${emptyAdvice}`),
                  action:
                    widerRadius || hasNarrowingFilters(shown) ? (
                      <Group gap="sm">
                        {widerRadius ? (
                          <Button variant="light" onClick={() => change({ radiusKm: widerRadius })}>
                            {t('search.widenRadius', { km: widerRadius })}
                          </Button>
                        ) : null}
                        {hasNarrowingFilters(shown) ? (
                          <Button variant="default" onClick={clearFilters}>
                            {t('search.filters.clear')}
                          </Button>
                        ) : null}
                      </Group>
                    ) : null,
                }}
              >
                <Box pos="relative">
                  <LoadingOverlay visible={searching} zIndex={1} overlayProps={{ blur: 1, backgroundOpacity: 0.6 }} loaderProps={{ 'aria-label': t('search.loading') }} />
                  <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('search.resultsLabel')} aria-busy={searching}>
                    {result?.edges.map(({ node }) => (
                      <SearchResult key={node.serviceId} hit={node} clientId={filters.clientId} languageNames={languageNames} />
                    ))}
                  </Stack>
                </Box>
                {result ? (
                  <LoadMoreFooter pageInfo={result.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
                ) : null}
              </RecordList>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
