// Mirrors ClientSearchResolver.clients → ClientSearchService.list (libs/api/client/src/lib/person/client-search.service.ts)
// for a name search sorted by relevance: the agency's settings, then one statement for the page,
// its total (a window over the matches) and whether the caller may open each client — limited to
// a case manager's caseload, or across the agency in a transaction that sets the trigram
// threshold; the page's reads audited in one insert at the end (AuditFlushPlugin).
import type { FastifyInstance } from 'fastify';
import { auditSource, recordAudit } from '../audit';
import { CASELOAD_LIST_SQL, CLIENT_COLUMNS, type ClientRow, caseManagersOpenAnyClient, clientSummary, OPENABLE_SQL } from '../clients';
import { type Deps, signedInRoute } from '../route';
import type { Queryable } from '../statements';

interface ClientSearchBody {
  search: string;
  first: number;
}

const NAME_MATCH_THRESHOLD = 0.35;
const SIMILARITY = 'word_similarity(waymark_unaccent($1), c.search_name)';

export function clientSearch(app: FastifyInstance, deps: Deps): void {
  signedInRoute<ClientSearchBody>(app, deps, 'client-search', async ({ db, body, caller, request }) => {
    const name = body.search.toLowerCase();
    const caseManager = caller.role === 'CASE_MANAGER';
    const openAny = caseManager && (await caseManagersOpenAnyClient(db, caller.agencyId));
    const restricted = caseManager && !openAny;
    const params: unknown[] = [name, caller.agencyId];
    const param = (value: unknown) => `$${params.push(value)}`;
    // A caseload's clients may all be opened; with any client findable, those outside it only with a reason.
    const user = caseManager ? param(caller.userId) : '';
    const mayOpen = openAny ? OPENABLE_SQL('c', user, true) : 'true';
    const caseload = restricted ? ` AND ${CASELOAD_LIST_SQL('c', user, param(caller.agencyId))}` : '';
    // A caseload's candidates are few: the similarity is tested on each. Across the agency the
    // trigram index finds the names (`<%`), its threshold set for one transaction alone.
    const match = restricted ? `${SIMILARITY} >= ${param(NAME_MATCH_THRESHOLD)}` : 'waymark_unaccent($1) <% c.search_name';
    const page = (on: Queryable) =>
      on.query<ClientRow & { total_count: string }>(
        `SELECT ${CLIENT_COLUMNS('c')}, count(*) OVER () AS total_count, -round(${SIMILARITY} * 1000)::int AS sort_0, c.legal_last_name AS sort_1,
                c.legal_first_name AS sort_2, c.id AS sort_3, ${mayOpen} AS may_open
           FROM client c
          WHERE c.agency_id = $2 AND c.merged_into_id IS NULL${caseload} AND ${match}
          ORDER BY sort_0, sort_1, sort_2, sort_3 LIMIT ${body.first + 1}`,
        params,
      );
    const rows = restricted
      ? await page(db)
      : await db.transaction(async (tx) => {
          await tx.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(NAME_MATCH_THRESHOLD)]);
          return page(tx);
        });
    const clients = rows.slice(0, body.first);
    await recordAudit(
      db,
      auditSource(request, caller),
      clients.map((client) => ({ action: 'READ', entityType: 'ClientList', entityId: client.id, clientId: client.id })),
    );
    return {
      clients: {
        totalCount: Number(rows[0]?.total_count ?? 0),
        edges: clients.map((client) => ({ node: clientSummary(client) })),
      },
    };
  });
}
