import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { taxonomyTermsQuery, termName } from '@waymark/web/resource-directory';

/**
 * The category tree in the reader's language: each term's name and its label with the
 * categories above it ("Food › Food pantry"), so needs read the same on the form and the referral.
 */
export function useTaxonomy() {
  const { i18n } = useTranslation();
  const query = useQuery(taxonomyTermsQuery);
  const terms = query.data?.taxonomyTerms ?? [];
  const names = new Map(terms.map((term) => [term.code, termName(term, i18n.language)]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const options = terms.map((term) => ({ value: term.code, label: [...term.path.filter((code) => code !== term.code), term.code].map(nameOf).join(' › ') }));
  return { options, nameOf, loading: query.loading };
}
