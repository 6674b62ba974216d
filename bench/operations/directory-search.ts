import { COMPOSITE_RATIO, type Operation, pick } from './operation';

/** Directory search by words, a category and distance from a point in the seeded region. */
export const directorySearch: Operation = {
  id: 'directory-search',
  caller: 'caseManager',
  document: `query BenchDirectorySearch($input: DirectorySearchInput!) {
  directorySearch(input: $input) {
    totalCount
    edges { node { serviceId name organizationName distanceKm } }
    facets { categories { code count } languages { code count } }
  }
}`,
  variables: (fixtures, i, page) => ({
    input: { text: 'food pantry', taxonomyCodes: [fixtures.foodCode], near: pick(fixtures.points, i), radiusKm: 10, first: page },
  }),
  pages: { load: 20, compare: [5, 20] },
  minRatio: COMPOSITE_RATIO,
  p95TargetMs: 25,
  growth: 'services',
};
