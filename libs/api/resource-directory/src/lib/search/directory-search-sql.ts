import { DIRECTORY_RADIUS_MAX_KM, DirectorySort, ServiceStatus, WEEKDAYS } from '@waymark/shared/types';
import { READABLE_TERM } from '../taxonomy/taxonomy-terms.service';

/** Positional parameters, numbered as they are added. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A search, checked and with its defaults applied: what the SQL is built from. */
export interface SearchPlan {
  agencyId: string;
  now: Date;
  defaultTimeZone: string;
  text?: string;
  taxonomyCodes?: string[];
  languageCode?: string;
  age?: number;
  near?: { latitude: number; longitude: number };
  radiusKm?: number;
  openNow?: boolean;
  includeInactive?: boolean;
  sort: DirectorySort;
  /** The keyset of the last row of the previous page. */
  after?: { key: number; name: string; id: string };
  limit: number;
}

/** A service without a location to measure from sorts after every measured one. */
export const UNMEASURED_METERS = 1e12;

/** RRULE weekday of index n (0 = Sunday), as `extract(dow …)` counts. */
const WEEKDAY_ARRAY = `ARRAY[${WEEKDAYS.map((day) => `'${day}'`).join(', ')}]`;

/**
 * The query's words as a tsquery: the words as typed (stemmed, web-search syntax), or each word
 * as typed or corrected to the nearest word of the directory the reader may be corrected to (a
 * word of a shared service, or of one its agency keeps: another agency's private entries never
 * win a correction). The trigram index yields the nearest words first; the first readable one is taken.
 */
function wordsQuery(p: SqlParams, text: string, agencyId: string): string {
  const typed = p.add(text);
  const reader = p.add(agencyId);
  return `
    words AS (
      SELECT DISTINCT word FROM regexp_split_to_table(lower(waymark_unaccent(${typed})), '[^a-z0-9]+') AS word
      WHERE length(word) BETWEEN 3 AND 30
    ),
    corrected AS (
      SELECT w.word, coalesce((SELECT d.word FROM directory_word d WHERE d.word % w.word AND (d.agency_id IS NULL OR d.agency_id = ${reader}::uuid)
                               ORDER BY d.word <-> w.word LIMIT 1), w.word) AS fixed
      FROM words w
    ),
    q AS (
      SELECT websearch_to_tsquery('english', waymark_unaccent(${typed}))
             || coalesce((SELECT to_tsquery('english', string_agg('(' || word || ' | ' || fixed || ')', ' & ')) FROM corrected), ''::tsquery) AS query,
             lower(waymark_unaccent(${typed})) AS typed
    )`;
}

/** The point measured from, as an earth position (cube). */
function origin(p: SqlParams, near: NonNullable<SearchPlan['near']>): string {
  return `ll_to_earth(${p.add(near.latitude)}::float8, ${p.add(near.longitude)}::float8)`;
}

/** The radius of the sphere earthdistance measures on (its `earth()`), in metres. */
const EARTH_RADIUS_METERS = 6378168;

/**
 * Location `l` lies in the latitude and longitude box around `near` that holds every point within
 * `meters` (widened by a hundredth; the distance itself is judged after). Plain ranges on the
 * coordinates, whose statistics the planner reads, where its guess for an earth box was a handful
 * of locations for thousands, and so it probed the services of each one by one. Near a pole or
 * across the antimeridian only the latitudes bound it.
 */
function boxSql(p: SqlParams, near: NonNullable<SearchPlan['near']>, meters: number): string {
  const angle = (meters / EARTH_RADIUS_METERS) * 1.01;
  const degrees = (radians: number) => (radians * 180) / Math.PI;
  const latitudes = `l.latitude BETWEEN ${p.add(near.latitude - degrees(angle))}::float8 AND ${p.add(near.latitude + degrees(angle))}::float8`;
  const ratio = Math.sin(angle) / Math.cos((near.latitude * Math.PI) / 180);
  const spread = ratio < 1 ? degrees(Math.asin(ratio)) : 180;
  if (Math.abs(near.latitude) + degrees(angle) >= 90 || Math.abs(near.longitude) + spread > 180) return `l.earth IS NOT NULL AND ${latitudes}`;
  return `l.earth IS NOT NULL AND ${latitudes} AND l.longitude BETWEEN ${p.add(near.longitude - spread)}::float8 AND ${p.add(near.longitude + spread)}::float8`;
}

/**
 * Whether service `s` is open at `now` in local time: a weekly opening of the service, of one
 * of its locations, or of the service at one of its locations covers the weekday and time. A
 * service's local time is its first location's time zone (the directory's default without
 * one): a service whose sites straddle time zones is rare enough to read in one of them.
 */
function openNowSql(p: SqlParams, plan: SearchPlan): string {
  const zone = `coalesce((SELECT l.time_zone FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                          WHERE sal.service_id = s.id AND l.time_zone IS NOT NULL ORDER BY l.id LIMIT 1), ${p.add(plan.defaultTimeZone)})`;
  return `(SELECT EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id AND ${covers('sc', 'lt.at')})
              OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.location_id = sal.location_id WHERE sal.service_id = s.id AND ${covers('sc', 'lt.at')})
              OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.service_at_location_id = sal.id WHERE sal.service_id = s.id AND ${covers('sc', 'lt.at')})
           -- OFFSET 0 keeps the local time one value, read once: pulled up, the zone's lookup was repeated at every use.
           FROM (SELECT ${p.add(plan.now)}::timestamptz AT TIME ZONE ${zone} AS at OFFSET 0) lt)`;
}

/** Whether opening `sc` covers the local time `at`: its weekday, between its hours, within its dates. */
function covers(sc: string, at: string): string {
  return `${sc}.byday = (${WEEKDAY_ARRAY})[extract(dow FROM ${at})::int + 1]
      AND ${at}::time >= ${sc}.opens_at AND ${at}::time < ${sc}.closes_at
      AND (${sc}.valid_from IS NULL OR ${sc}.valid_from <= ${at}::date) AND (${sc}.valid_to IS NULL OR ${sc}.valid_to >= ${at}::date)`;
}

/**
 * The services open now (as \`openNowSql\` judges one), found at once for a search that keeps
 * many: every opening on today's weekday somewhere, read against the local time of its
 * service's zone, which is worked out once per zone. Probing each of thousands of services
 * cost more than reading the openings, and was costed past the JIT thresholds.
 */
function openServicesSql(p: SqlParams, plan: SearchPlan): string {
  const fallback = p.add(plan.defaultTimeZone);
  const now = p.add(plan.now);
  const columns = 'sc.byday, sc.opens_at, sc.closes_at, sc.valid_from, sc.valid_to';
  return `SELECT o.service_id
    FROM (
      SELECT sc.service_id, ${columns} FROM schedule sc WHERE sc.service_id IS NOT NULL
      UNION ALL
      SELECT sal.service_id, ${columns} FROM schedule sc JOIN service_at_location sal ON sal.location_id = sc.location_id
      UNION ALL
      SELECT sal.service_id, ${columns} FROM schedule sc JOIN service_at_location sal ON sal.id = sc.service_at_location_id
    ) o
    LEFT JOIN (
      SELECT DISTINCT ON (sal.service_id) sal.service_id, l.time_zone
      FROM service_at_location sal JOIN location l ON l.id = sal.location_id
      WHERE l.time_zone IS NOT NULL
      ORDER BY sal.service_id, l.id
    ) z ON z.service_id = o.service_id
    JOIN (
      SELECT zone, ${now}::timestamptz AT TIME ZONE zone AS at
      FROM (SELECT DISTINCT time_zone FROM location WHERE time_zone IS NOT NULL UNION SELECT ${fallback}) zones (zone)
    ) lt ON lt.zone = coalesce(z.time_zone, ${fallback})
    WHERE ${covers('o', 'lt.at')}`;
}

/** Whether service `s` has any opening hours at all: without them "open now" is unknown, not false. */
const HAS_HOURS = `(EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id)
  OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.location_id = sal.location_id WHERE sal.service_id = s.id)
  OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.service_at_location_id = sal.id WHERE sal.service_id = s.id))`;


/**
 * The conditions of a search on service `s`. Each facet leaves its own filter out (a person
 * filtering by Spanish still sees how many services speak Vietnamese), so the category and
 * language conditions are kept apart from the rest, as flags of each found service. Every
 * condition reads the service's own row (its term and language arrays, migration 050) or a
 * set found once (the readable organizations, the terms under the codes, the services in
 * the radius), so none depends on the planner guessing how many services it keeps.
 */
function conditions(p: SqlParams, plan: SearchPlan, reader: string): { common: string[]; taxonomy: string; language: string } {
  // The organization's readability, kept on the search row (migration 054): NULL when shared, else its keeping agency.
  const common = [`(s.readable_by IS NULL OR s.readable_by = ${reader})`];
  if (!plan.includeInactive) common.push(`s.status = '${ServiceStatus.ACTIVE}'`);
  if (plan.text !== undefined) common.push(`s.search_vector @@ q.query`);
  if (plan.age !== undefined) {
    const age = p.add(plan.age);
    common.push(`(s.minimum_age IS NULL OR s.minimum_age <= ${age}) AND (s.maximum_age IS NULL OR s.maximum_age >= ${age})`);
  }
  // With words the services are few (the text index finds them): each is probed; else all open ones are found at once.
  if (plan.openNow) common.push(plan.text !== undefined ? openNowSql(p, plan) : `(s.id IN (${openServicesSql(p, plan)})) IS TRUE`);
  let taxonomy = 'true';
  if (plan.taxonomyCodes?.length) {
    // A term's path lists its ancestors' codes and its own: a code finds its children too. The
    // codes are the reader's (global or its agency's): another agency's term matches only below
    // a global one, so a code of the reader's own never finds another agency's term of that code.
    const codes = p.add(plan.taxonomyCodes);
    taxonomy = `s.taxonomy_term_ids && ARRAY(SELECT t.id FROM taxonomy_term t
               WHERE t.path && ${codes}::text[]
                 AND (${READABLE_TERM('t', reader)}
                      OR t.path && ARRAY(SELECT g.code FROM taxonomy_term g WHERE g.agency_id IS NULL AND g.code = ANY (${codes}::text[]))))`;
  }
  const language = plan.languageCode ? `s.language_codes @> ARRAY[${p.add(plan.languageCode)}::text]` : 'true';
  return { common, taxonomy, language };
}

/** The asked codes the reader has no term of (global or its own), in the order asked: the search is refused for them. */
function unknownCodes(p: SqlParams, plan: SearchPlan, reader: string): string {
  if (!plan.taxonomyCodes?.length) return `'{}'::text[]`;
  return `array(SELECT c.code FROM unnest(${p.add(plan.taxonomyCodes)}::text[]) WITH ORDINALITY AS c (code, n)
                  WHERE NOT EXISTS (SELECT 1 FROM taxonomy_term t WHERE t.code = c.code AND ${READABLE_TERM('t', reader)})
                  ORDER BY c.n)`;
}

/** The sort's first key, ascending: best match first (relevance negated), nearest first, or none (by name). */
function sortKey(plan: SearchPlan): string {
  if (plan.sort === DirectorySort.RELEVANCE) return '-m.relevance';
  if (plan.sort === DirectorySort.DISTANCE) return `coalesce(m.meters, ${UNMEASURED_METERS})`;
  return '0::float8';
}

/**
 * The whole search in one statement: the services found with each one's sort keys and facet
 * flags (`found`, read once), then the page after the cursor's keyset with, for its rows
 * only, what a result card shows (the nearest location, its address, a phone, languages,
 * categories, open now); and on every row the total, the facets and the words corrected.
 * An empty page still answers one row (no hit) carrying them.
 *
 * Sorted by distance, every found service is measured in one grouped pass over the locations
 * in the radius's box; otherwise only the page's rows, to their nearest location. Without a
 * radius the widest one a search may ask for applies: a service farther away is unmeasured
 * (sorted last).
 */
export function searchQuery(plan: SearchPlan): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const text = plan.text !== undefined;
  const ctes = text ? `${wordsQuery(p, plan.text as string, plan.agencyId)},` : '';
  const reader = p.add(plan.agencyId);
  const where = conditions(p, plan, reader);
  const from = plan.near ? origin(p, plan.near) : null;
  const distance = `earth_distance(${from}, l.earth)`;
  const meters = from ? p.add((plan.radiusKm ?? DIRECTORY_RADIUS_MAX_KM) * 1000) : null;
  // Every found service is measured only to sort by distance; otherwise only the page's are.
  const measured = from !== null && plan.sort === DirectorySort.DISTANCE;
  // The locations that may lie within reach (each judged by its distance after); called where used, as it adds parameters.
  const box = () => boxSql(p, plan.near as NonNullable<SearchPlan['near']>, (plan.radiusKm ?? DIRECTORY_RADIUS_MAX_KM) * 1000);
  const distances = measured
    ? `distances AS MATERIALIZED (
      SELECT sal.service_id, min(l.meters) AS meters
      -- Each location measured once (OFFSET 0: not again for each of its services).
      FROM (SELECT l.id, ${distance} AS meters FROM location l WHERE ${box()} OFFSET 0) l
      JOIN service_at_location sal ON sal.location_id = l.id
      WHERE l.meters <= ${meters}
      GROUP BY sal.service_id
    ),`
    : '';
  // The distances are left joined even within a radius (which then asks for one), and the set of
  // services in the radius kept a condition (IS TRUE), not pulled up into a join: the planner
  // hashes them rather than probing service by service on a guess of how many there are.
  // The services are read from their narrow search rows (migration 053); `service` only for the page's rows.
  const services = measured ? 'service_search s LEFT JOIN distances d ON d.service_id = s.id' : 'service_search s';
  // Unsorted by distance, a word search (whose services are few) judges each one's radius on the
  // coordinates of its sites its search row carries (migration 054); without words every service
  // is judged, and the services of the locations in the radius are found once instead.
  const sites = `(SELECT site.latitude, site.longitude, ll_to_earth(site.latitude, site.longitude) AS earth
                  FROM unnest(s.site_latitudes, s.site_longitudes) AS site (latitude, longitude)) l`;
  const inRadius = !from || plan.radiusKm === undefined ? [] : measured ? ['coalesce(d.meters, -1) >= 0'] : [
    text
      ? `EXISTS (SELECT 1 FROM ${sites} WHERE ${box()} AND ${distance} <= ${meters})`
      : `(s.id IN (SELECT sal.service_id FROM location l JOIN service_at_location sal ON sal.location_id = l.id WHERE ${box()} AND ${distance} <= ${meters})) IS TRUE`,
  ];
  const relevance = text ? '(ts_rank(s.search_vector, q.query) + similarity(s.search_name, q.typed))::float8' : '0::float8';
  const after = plan.after ? `AND (${sortKey(plan)}, m.name, m.id) > (${p.add(plan.after.key)}::float8, ${p.add(plan.after.name)}::text, ${p.add(plan.after.id)}::uuid)` : '';
  const sql = `
    WITH ${ctes} ${distances}
    found AS MATERIALIZED (
      SELECT s.id, s.name, s.taxonomy_term_ids, s.language_codes, s.language_names, ${relevance} AS relevance,
             ${measured ? 'd.meters' : 'NULL::float8'} AS meters, ${where.taxonomy} AS in_categories, ${where.language} AS in_language
      FROM ${services}
      ${text ? 'CROSS JOIN q' : ''}
      WHERE ${[...where.common, ...inRadius].join('\n        AND ')}
    ),
    page AS (
      SELECT m.id, m.name, m.meters, ${sortKey(plan)} AS key FROM found m
      WHERE m.in_categories AND m.in_language ${after}
      ORDER BY key, m.name, m.id
      LIMIT ${p.add(plan.limit + 1)}
    ),
    -- Counted per distinct array first: thousands of services share a handful of term and language sets.
    -- A service counts once per top-level category however many of its terms fall under it.
    category_facet AS (
      SELECT top.code, top.name, top.name_es, sum(g.services)::int AS count
      FROM (SELECT taxonomy_term_ids, count(*) AS services FROM found WHERE in_language GROUP BY taxonomy_term_ids) g
      CROSS JOIN LATERAL (
        SELECT DISTINCT top.code, top.name, top.name_es
        FROM unnest(g.taxonomy_term_ids) AS ft (term_id)
        JOIN taxonomy_term t ON t.id = ft.term_id
        -- The top of the term's tree (global, or kept with the term), counted only when the reader reads it.
        JOIN taxonomy_term top ON top.code = t.path[1] AND (top.agency_id IS NULL OR top.agency_id = t.agency_id) AND ${READABLE_TERM('top', reader)}
      ) top
      GROUP BY top.code, top.name, top.name_es
    ),
    language_facet AS (
      SELECT fl.code, min(fl.name) AS name, sum(g.services)::int AS count
      FROM (SELECT language_codes, language_names, count(*) AS services FROM found WHERE in_categories GROUP BY language_codes, language_names) g
      CROSS JOIN LATERAL unnest(g.language_codes, g.language_names) AS fl (code, name)
      GROUP BY fl.code
    ),
    summary AS (
      SELECT (SELECT count(*) FROM found WHERE in_categories AND in_language)::int AS total,
             (SELECT coalesce(json_agg(json_build_object('code', code, 'name', name, 'nameEs', name_es, 'count', count) ORDER BY count DESC, code), '[]') FROM category_facet) AS category_facets,
             (SELECT coalesce(json_agg(json_build_object('code', code, 'name', name, 'count', count) ORDER BY count DESC, code), '[]') FROM language_facet) AS language_facets,
             ${text ? `(SELECT coalesce(json_object_agg(word, fixed), '{}') FROM corrected WHERE fixed <> word)` : `'{}'::json`} AS corrections,
             ${unknownCodes(p, plan, reader)} AS unknown_codes
    )
    SELECT sm.total, sm.category_facets, sm.language_facets, sm.corrections, sm.unknown_codes, hit.*
    FROM summary sm
    LEFT JOIN LATERAL (
      SELECT m.id, m.name, ${from ? `CASE WHEN loc.meters <= ${meters} THEN loc.meters END` : 'NULL::float8'} AS meters, m.key, s.description, s.status, s.minimum_age, s.maximum_age,
             o.name AS organization_name, o.waymark_agency_id IS NOT NULL AS on_waymark, loc.latitude, loc.longitude,
             (SELECT concat_ws(', ', a.address_1, a.address_2, a.city, trim(a.state_province || ' ' || a.postal_code))
                FROM address a WHERE a.location_id = loc.id ORDER BY a.address_type <> 'physical', a.id LIMIT 1) AS address,
             coalesce(
               (SELECT ph.number FROM phone ph WHERE ph.service_id = s.id ORDER BY ph.id LIMIT 1),
               (SELECT ph.number FROM phone ph WHERE ph.location_id = loc.id ORDER BY ph.id LIMIT 1),
               (SELECT ph.number FROM phone ph WHERE ph.organization_id = o.id ORDER BY ph.id LIMIT 1)) AS phone,
             s.language_codes AS languages,
             coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name, 'nameEs', t.name_es) ORDER BY t.path)
                       FROM taxonomy_term t WHERE t.id = ANY (s.taxonomy_term_ids)), '[]') AS categories,
             CASE WHEN ${HAS_HOURS} THEN ${openNowSql(p, plan)} END AS open_now
      FROM page m
      JOIN service s ON s.id = m.id
      JOIN organization o ON o.id = s.organization_id
      LEFT JOIN LATERAL (
        SELECT l.id, l.latitude, l.longitude, ${from ? distance : 'NULL::float8'} AS meters
        FROM service_at_location sal JOIN location l ON l.id = sal.location_id
        WHERE sal.service_id = s.id
        ORDER BY ${from ? 'meters NULLS LAST' : 'l.latitude IS NULL'}, l.id
        LIMIT 1
      ) loc ON true
    ) hit ON true
    ORDER BY hit.key, hit.name, hit.id`;
  return { sql, params: p.values };
}
