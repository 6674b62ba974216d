// Mirrors DirectorySearchResolver.directorySearch → DirectorySearchService.search
// (libs/api/resource-directory/src/lib/search/directory-search.service.ts): one statement for the
// page with its total, facets, typo corrections and the unknown categories, outside a transaction
// (no client data, no audit). It is built by the API's own SQL builder (directory-search-sql.ts, a
// pure function): the SQL is the same by construction, not a copy that drifts.
import type { FastifyInstance } from 'fastify';
import { DirectorySort } from '@waymark/shared/types';
import { type SearchPlan, searchQuery, UNMEASURED_METERS } from '../../../libs/api/resource-directory/src/lib/search/directory-search-sql';
import { type Deps, Refused, signedInRoute } from '../route';

interface DirectorySearchBody {
  input: { text: string; taxonomyCodes: string[]; near: { latitude: number; longitude: number }; radiusKm: number; first: number };
}

interface Facet {
  code: string;
  count: number;
}

interface Hit {
  id: string | null;
  name: string;
  organization_name: string;
  meters: number | null;
  total: number;
  category_facets: Facet[];
  language_facets: Facet[];
  unknown_codes: string[];
}

const TIME_ZONE = process.env.DIRECTORY_TIME_ZONE ?? 'America/Los_Angeles';

export function directorySearch(app: FastifyInstance, deps: Deps): void {
  signedInRoute<DirectorySearchBody>(app, deps, 'directory-search', async ({ db, body: { input }, caller }) => {
    const plan: SearchPlan = {
      agencyId: caller.agencyId,
      now: new Date(),
      defaultTimeZone: TIME_ZONE,
      text: input.text,
      taxonomyCodes: input.taxonomyCodes,
      near: input.near,
      radiusKm: input.radiusKm,
      sort: DirectorySort.RELEVANCE,
      limit: input.first,
    };
    const search = searchQuery(plan);
    const rows = await db.query<Hit>(search.sql, search.params);
    const unknown = rows[0].unknown_codes;
    if (unknown.length) throw new Refused('BAD_USER_INPUT', `Unknown category ${unknown.join(', ')}.`);
    const hits = rows.filter((row) => row.id !== null);
    const facetsOf = (facets: Facet[]) => facets.map((row) => ({ code: row.code, count: row.count }));
    return {
      directorySearch: {
        totalCount: rows[0].total,
        edges: hits.slice(0, input.first).map((hit) => ({
          node: {
            serviceId: hit.id,
            name: hit.name,
            organizationName: hit.organization_name,
            distanceKm: hit.meters === null || hit.meters >= UNMEASURED_METERS ? null : Math.round(hit.meters / 10) / 100,
          },
        })),
        facets: { categories: facetsOf(rows[0].category_facets), languages: facetsOf(rows[0].language_facets) },
      },
    };
  });
}
