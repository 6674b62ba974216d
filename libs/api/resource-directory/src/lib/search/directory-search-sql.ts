import { DIRECTORY_RADIUS_MAX_KM, DirectorySort, ServiceStatus, WEEKDAYS } from '@waymark/shared/types';
import { readableOrganizationSql } from '../catalog/directory-scope';
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
 * The conditions of a search on `service s` joined to `organization o`. Each facet leaves its
 * own filter out (a person filtering by Spanish still sees how many services speak Vietnamese),
 * so the taxonomy and language conditions are kept apart from the rest.
 */
interface Conditions {
  /** The reader's agency, as a parameter. */
  reader: string;
  common: string[];
  taxonomy: string | null;
  language: string | null;
}

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

/** The typed words the search read as other words of the directory (typo and its correction), for telling the reader. */
export function correctionsQuery(text: string, agencyId: string): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const sql = `WITH ${wordsQuery(p, text, agencyId)} SELECT word, fixed FROM corrected WHERE fixed <> word`;
  return { sql, params: p.values };
}

/** The point measured from, as an earth position (cube). */
function origin(p: SqlParams, near: NonNullable<SearchPlan['near']>): string {
  return `ll_to_earth(${p.add(near.latitude)}::float8, ${p.add(near.longitude)}::float8)`;
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
  const covers = (alias: string) => `${alias}.byday = (${WEEKDAY_ARRAY})[extract(dow FROM lt.at)::int + 1]
      AND lt.at::time >= ${alias}.opens_at AND lt.at::time < ${alias}.closes_at
      AND (${alias}.valid_from IS NULL OR ${alias}.valid_from <= lt.at::date) AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= lt.at::date)`;
  return `(SELECT EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id AND ${covers('sc')})
              OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.location_id = sal.location_id WHERE sal.service_id = s.id AND ${covers('sc')})
              OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.service_at_location_id = sal.id WHERE sal.service_id = s.id AND ${covers('sc')})
           FROM (SELECT ${p.add(plan.now)}::timestamptz AT TIME ZONE ${zone} AS at) lt)`;
}

/** Whether service `s` has any opening hours at all: without them "open now" is unknown, not false. */
const HAS_HOURS = `(EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id)
  OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.location_id = sal.location_id WHERE sal.service_id = s.id)
  OR EXISTS (SELECT 1 FROM service_at_location sal JOIN schedule sc ON sc.service_at_location_id = sal.id WHERE sal.service_id = s.id))`;

/** `radius`: whether the radius is judged here (the facets) or by the caller's own join to the distances (the page). */
function conditions(p: SqlParams, plan: SearchPlan, { radius }: { radius: boolean }): Conditions {
  const reader = p.add(plan.agencyId);
  const common = [readableOrganizationSql('o', reader)];
  if (!plan.includeInactive) common.push(`s.status = '${ServiceStatus.ACTIVE}'`);
  if (plan.text !== undefined) common.push(`s.search_vector @@ q.query`);
  if (plan.age !== undefined) {
    const age = p.add(plan.age);
    common.push(`(s.minimum_age IS NULL OR s.minimum_age <= ${age}) AND (s.maximum_age IS NULL OR s.maximum_age >= ${age})`);
  }
  if (radius && plan.near && plan.radiusKm !== undefined) {
    // Driven from the locations, so the GiST index on the stored earth points (location_earth_point_idx) finds those in the box.
    const meters = p.add(plan.radiusKm * 1000);
    const from = origin(p, plan.near);
    common.push(`s.id IN (
      SELECT sal.service_id FROM location l JOIN service_at_location sal ON sal.location_id = l.id
      WHERE l.earth IS NOT NULL AND earth_box(${from}, ${meters}) @> l.earth
        AND earth_distance(${from}, l.earth) <= ${meters})`);
  }
  if (plan.openNow) common.push(openNowSql(p, plan));
  let taxonomy: string | null = null;
  if (plan.taxonomyCodes?.length) {
    // A term's path lists its ancestors' codes and its own: a code finds its children too. The
    // codes are the reader's (global or its agency's): another agency's term matches only below
    // a global one, so a code of the reader's own never finds another agency's term of that code.
    // An uncorrelated IN, not a per-service EXISTS: the set is found once (a hash the planner
    // costs as such), where a correlated probe per service was costed past the JIT threshold.
    const codes = p.add(plan.taxonomyCodes);
    taxonomy = `s.id IN (SELECT st.service_id FROM service_taxonomy st JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
               WHERE t.path && ${codes}::text[]
                 AND (${READABLE_TERM('t', reader)}
                      OR t.path && ARRAY(SELECT g.code FROM taxonomy_term g WHERE g.agency_id IS NULL AND g.code = ANY (${codes}::text[]))))`;
  }
  let language: string | null = null;
  if (plan.languageCode) {
    const code = p.add(plan.languageCode);
    language = `(s.id IN (SELECT l.service_id FROM language l WHERE l.code = ${code} AND l.service_id IS NOT NULL)
      OR s.id IN (SELECT sal.service_id FROM service_at_location sal JOIN language l ON l.location_id = sal.location_id WHERE l.code = ${code}))`;
  }
  return { reader, common, taxonomy, language };
}

const and = (parts: (string | null)[]) => parts.filter(Boolean).join('\n      AND ') || 'true';

/** The sort's first key, ascending: best match first (relevance negated), nearest first, or none (by name). */
function sortKey(plan: SearchPlan): string {
  if (plan.sort === DirectorySort.RELEVANCE) return '-m.relevance';
  if (plan.sort === DirectorySort.DISTANCE) return `coalesce(m.meters, ${UNMEASURED_METERS})`;
  return '0::float8';
}

/**
 * One page of services with the total count: the matching services with their sort keys (the
 * distance to each one's nearest location from one grouped pass over the locations, only
 * those in the radius's box when there is one), then the page after the cursor's keyset, and
 * for its rows only what a result card shows: the nearest location, its address, a phone,
 * languages, categories and whether it is open now.
 */
export function pageQuery(plan: SearchPlan): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const text = plan.text !== undefined;
  const ctes = text ? `${wordsQuery(p, plan.text as string, plan.agencyId)},` : '';
  const where = conditions(p, plan, { radius: false });
  const from = plan.near ? origin(p, plan.near) : null;
  const distance = `earth_distance(${from}, l.earth)`;
  // Only the locations in the radius's box (the GiST index finds them) are measured; without a
  // radius, the widest one a search may ask for: a service farther away is unmeasured (sorted
  // last). Which services the reader sees is judged once, in \`matched\`, which every distance joins.
  const meters = from ? p.add((plan.radiusKm ?? DIRECTORY_RADIUS_MAX_KM) * 1000) : null;
  const distances = from
    ? `distances AS (
      SELECT sal.service_id, min(${distance}) AS meters
      FROM location l JOIN service_at_location sal ON sal.location_id = l.id
      WHERE l.earth IS NOT NULL AND earth_box(${from}, ${meters}) @> l.earth AND ${distance} <= ${meters}
      GROUP BY sal.service_id
    ),`
    : '';
  // Within a radius the services are driven from the measured locations.
  const services = !from ? 'service s' : plan.radiusKm !== undefined ? 'distances d JOIN service s ON s.id = d.service_id' : 'service s LEFT JOIN distances d ON d.service_id = s.id';
  const relevance = text ? '(ts_rank(s.search_vector, q.query) + similarity(s.search_name, q.typed))::float8' : '0::float8';
  const after = plan.after ? `WHERE (${sortKey(plan)}, m.name, m.id) > (${p.add(plan.after.key)}::float8, ${p.add(plan.after.name)}::text, ${p.add(plan.after.id)}::uuid)` : '';
  const sql = `
    WITH ${ctes} ${distances}
    matched AS (
      SELECT s.id, s.name, ${relevance} AS relevance, ${from ? 'd.meters' : 'NULL::float8'} AS meters
      FROM ${services}
      JOIN organization o ON o.id = s.organization_id
      ${text ? 'CROSS JOIN q' : ''}
      WHERE ${and([...where.common, where.taxonomy, where.language])}
    ),
    page AS (
      SELECT m.id, m.name, m.meters, ${sortKey(plan)} AS key FROM matched m
      ${after}
      ORDER BY key, m.name, m.id
      LIMIT ${p.add(plan.limit + 1)}
    )
    SELECT m.id, m.name, m.meters, m.key, s.description, s.status, s.minimum_age, s.maximum_age,
           o.name AS organization_name, o.waymark_agency_id IS NOT NULL AS on_waymark, loc.latitude, loc.longitude,
           (SELECT count(*) FROM matched)::int AS total,
           (SELECT concat_ws(', ', a.address_1, a.address_2, a.city, trim(a.state_province || ' ' || a.postal_code))
              FROM address a WHERE a.location_id = loc.id ORDER BY a.address_type <> 'physical', a.id LIMIT 1) AS address,
           coalesce(
             (SELECT ph.number FROM phone ph WHERE ph.service_id = s.id ORDER BY ph.id LIMIT 1),
             (SELECT ph.number FROM phone ph WHERE ph.location_id = loc.id ORDER BY ph.id LIMIT 1),
             (SELECT ph.number FROM phone ph WHERE ph.organization_id = o.id ORDER BY ph.id LIMIT 1)) AS phone,
           array(SELECT l.code FROM language l WHERE l.service_id = s.id
                 UNION SELECT l.code FROM service_at_location sal JOIN language l ON l.location_id = sal.location_id WHERE sal.service_id = s.id
                 ORDER BY 1) AS languages,
           coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name, 'nameEs', t.name_es) ORDER BY t.path)
                     FROM service_taxonomy st JOIN taxonomy_term t ON t.id = st.taxonomy_term_id WHERE st.service_id = s.id), '[]') AS categories,
           CASE WHEN ${HAS_HOURS} THEN ${openNowSql(p, plan)} END AS open_now
    FROM page m
    JOIN service s ON s.id = m.id
    JOIN organization o ON o.id = s.organization_id
    LEFT JOIN LATERAL (
      SELECT l.id, l.latitude, l.longitude
      FROM service_at_location sal JOIN location l ON l.id = sal.location_id
      WHERE sal.service_id = s.id
      ORDER BY ${from ? `${distance} NULLS LAST` : 'l.latitude IS NULL'}, l.id
      LIMIT 1
    ) loc ON true
    ORDER BY m.key, m.name, m.id`;
  return { sql, params: p.values };
}

/**
 * Counts per top-level category and per language over the services the search finds, each
 * facet ignoring its own filter; a service counts once per category however many of its
 * terms fall under it.
 */
export function facetsQuery(plan: SearchPlan): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const ctes = plan.text !== undefined ? `${wordsQuery(p, plan.text, plan.agencyId)},` : '';
  const where = conditions(p, plan, { radius: true });
  const sql = `
    WITH ${ctes}
    base AS (
      SELECT s.id, ${where.taxonomy ?? 'true'} AS in_categories, ${where.language ?? 'true'} AS in_language
      FROM service s
      JOIN organization o ON o.id = s.organization_id
      ${plan.text !== undefined ? 'CROSS JOIN q' : ''}
      WHERE ${and(where.common)}
    )
    SELECT 'category' AS facet, top.code, top.name, top.name_es, count(DISTINCT b.id)::int AS count
    FROM base b
    JOIN service_taxonomy st ON st.service_id = b.id
    JOIN taxonomy_term t ON t.id = st.taxonomy_term_id
    -- The top of the term's tree (global, or kept with the term), counted only when the reader reads it.
    JOIN taxonomy_term top ON top.code = t.path[1] AND (top.agency_id IS NULL OR top.agency_id = t.agency_id) AND ${READABLE_TERM('top', where.reader)}
    WHERE b.in_language
    GROUP BY top.code, top.name, top.name_es
    UNION ALL
    SELECT 'language', lang.code, min(lang.name), NULL, count(DISTINCT lang.id)::int
    FROM (
      SELECT b.id, l.code, l.name FROM base b JOIN language l ON l.service_id = b.id WHERE b.in_categories
      UNION ALL
      SELECT b.id, l.code, l.name FROM base b JOIN service_at_location sal ON sal.service_id = b.id JOIN language l ON l.location_id = sal.location_id
      WHERE b.in_categories
    ) lang
    GROUP BY lang.code
    ORDER BY count DESC, code`;
  return { sql, params: p.values };
}
