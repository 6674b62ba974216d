import { type Operation, pick, SINGLE_RATIO } from './operation';

/** A case manager looks a client up by a misspelled name. */
export const clientSearch: Operation = {
  id: 'client-search',
  caller: 'caseManager',
  document: `query BenchClientSearch($search: String!, $first: Int!) {
  clients(search: $search, first: $first) {
    totalCount
    edges { node { id clientNumber displayName dateOfBirth status riskLevel } }
  }
}`,
  variables: (fixtures, i, page) => ({ search: pick(fixtures.misspelledNames, i), first: page }),
  pages: { load: 25, compare: [5, 25] },
  minRatio: SINGLE_RATIO,
  p95TargetMs: 25,
  growth: 'clients',
};
