import type { Bundle, BundleEntry, FhirResource } from 'fhir/r4';

/**
 * A searchset Bundle of `matches` (and `included` resources they reference), each entry with its
 * absolute URL under `base`. `total` is how many match in all when a page was cut (e.g. by
 * `_count`), null when that is not known (then no total is given rather than a wrong one).
 */
export function searchset(base: string, selfUrl: string, matches: FhirResource[], included: FhirResource[] = [], total: number | null = matches.length): Bundle {
  const entry = (mode: 'match' | 'include') => (resource: FhirResource): BundleEntry => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    meta: { lastUpdated: new Date().toISOString() },
    ...(total === null ? {} : { total }),
    link: [{ relation: 'self', url: selfUrl }],
    entry: [...matches.map(entry('match')), ...included.map(entry('include'))],
  };
}
