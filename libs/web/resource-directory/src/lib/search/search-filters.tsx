import { Button, Checkbox, Divider, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_AGE_MAX } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { CategoryTree } from './category-tree';
import { DistanceFilter } from './distance-filter';
import { hasNarrowingFilters, type DirectoryFilterValues } from './directory-filters';
import { languageName } from './language-name';
import type { TaxonomyTermItem } from './taxonomy';

const ANY = 'ANY';

export interface FacetItem {
  code: string;
  name: string;
  count: number;
}

export type FilterChange = (patch: Partial<DirectoryFilterValues>, replace?: boolean) => void;

/**
 * The filters beside the results: category tree, language, age, open now and distance, each
 * with the number of matching services where the search counts them.
 */
export function SearchFilters({
  values,
  terms,
  termsError,
  onRetryTerms,
  categoryFacets,
  languageFacets,
  clientName,
  clientPointMissing,
  onChange,
  onClear,
}: {
  values: DirectoryFilterValues;
  terms: readonly TaxonomyTermItem[];
  /** The category tree failed to load: said, with a way to try again, in its place. */
  termsError?: unknown;
  onRetryTerms?: () => void;
  categoryFacets: readonly FacetItem[];
  languageFacets: readonly FacetItem[];
  clientName: string | null;
  clientPointMissing: boolean;
  onChange: FilterChange;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation('directory');
  const counts = new Map(categoryFacets.map((facet) => [facet.code, facet.count]));
  const languages = [...languageFacets];
  if (values.languageCode && !languages.some((facet) => facet.code === values.languageCode)) {
    languages.push({ code: values.languageCode, name: values.languageCode, count: 0 });
  }
  const languageLabel = (facet: FacetItem) => `${languageName(facet.code, i18n.language, facet.name)} (${facet.count})`;

  return (
    <Stack gap="md" role="group" aria-labelledby="directory-filters-heading">
      <Title order={2} size="h4" id="directory-filters-heading">
        {t('search.filters.title')}
      </Title>
      <Select
        label={t('search.filters.language')}
        data={[
          { value: ANY, label: t('search.filters.anyLanguage') },
          ...languages
            .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
            .map((facet) => ({ value: facet.code, label: languageLabel(facet) })),
        ]}
        value={values.languageCode ?? ANY}
        onChange={(value) => onChange({ languageCode: value && value !== ANY ? value : null })}
        allowDeselect={false}
        searchable
      />
      <NumberInput
        label={t('search.filters.age')}
        description={clientName && !values.ageChosen ? t('search.filters.ageFromClient', { name: clientName }) : t('search.filters.ageHint')}
        value={values.age ?? ''}
        min={0}
        max={DIRECTORY_AGE_MAX}
        allowDecimal={false}
        allowNegative={false}
        onChange={(age) => onChange({ age: typeof age === 'number' ? age : null, ageChosen: true }, true)}
      />
      <Checkbox label={t('search.filters.openNow')} checked={values.openNow} onChange={(event) => onChange({ openNow: event.currentTarget.checked })} />
      <Divider />
      <DistanceFilter
        origin={values.origin}
        radiusKm={values.radiusKm}
        clientName={clientName}
        clientPointMissing={clientPointMissing}
        onChange={(patch, replace) => onChange(patch, replace)}
      />
      <Divider />
      <Stack gap="xs">
        <Text fw={500} size="sm" id="directory-categories-label">
          {t('search.categories.label')}
        </Text>
        {termsError && !terms.length ? (
          <ErrorState error={termsError} title={t('search.categories.error')} onRetry={onRetryTerms} />
        ) : (
          <CategoryTree labelledBy="directory-categories-label" terms={terms} chosen={values.categories} counts={counts} onChange={(categories) => onChange({ categories })} />
        )}
      </Stack>
      {hasNarrowingFilters(values) ? (
        <Button variant="light" onClick={onClear}>
          {t('search.filters.clear')}
        </Button>
      ) : null}
    </Stack>
  );
}
