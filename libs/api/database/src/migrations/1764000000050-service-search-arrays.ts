import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rows below a service that its search arrays are derived from, and how a changed row names its services. */
const SOURCES: [table: string, services: string][] = [
  ['service_taxonomy', 'SELECT service_id FROM changed'],
  ['language', 'SELECT service_id FROM changed WHERE service_id IS NOT NULL UNION SELECT sal.service_id FROM changed c JOIN service_at_location sal ON sal.location_id = c.location_id'],
  ['service_at_location', 'SELECT service_id FROM changed'],
];

/** Trigger events with the transition table each names `changed`: an update both for the rows it left and those it made. */
const EVENTS: [suffix: string, event: string, table: string][] = [
  ['insert', 'INSERT', 'NEW'],
  ['delete', 'DELETE', 'OLD'],
  ['update_old', 'UPDATE', 'OLD'],
  ['update_new', 'UPDATE', 'NEW'],
];

/**
 * Directory search filters and counts by category and by language over every service it
 * finds; joining the taxonomy and language rows of each found service made both grow with
 * the match. Each service now carries them as arrays, kept by statement triggers on the rows
 * they come from (one pass per statement, so a bulk import or seed pays once per batch):
 * - `taxonomy_term_ids`, its terms (a category filter is an overlap with the terms under
 *   the asked codes; the facet reads each term's top);
 * - `language_codes`, the languages spoken by the service or at one of its locations, sorted,
 *   and `language_names` beside them (each code's first name in sort order, which the
 *   language facet shows).
 * GIN indexes serve a filter that keeps few services. The vocabulary trigger of migration 031
 * now reads only services whose words changed, so these updates do not re-split every word.
 */
export class ServiceSearchArrays1764000000050 implements MigrationInterface {
  name = 'ServiceSearchArrays1764000000050';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE service
        ADD COLUMN taxonomy_term_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN language_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN language_names text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE FUNCTION service_search_arrays_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE service s SET taxonomy_term_ids = d.terms, language_codes = d.codes, language_names = d.names
        FROM (
          SELECT x.id,
                 array(SELECT st.taxonomy_term_id FROM service_taxonomy st WHERE st.service_id = x.id ORDER BY 1) AS terms,
                 coalesce(lang.codes, '{}') AS codes, coalesce(lang.names, '{}') AS names
          FROM unnest(ids) AS x (id)
          CROSS JOIN LATERAL (
            SELECT array_agg(g.code ORDER BY g.code) AS codes, array_agg(g.name ORDER BY g.code) AS names
            FROM (
              SELECT l.code, min(l.name) AS name
              FROM (
                SELECT code, name FROM language WHERE service_id = x.id
                UNION ALL
                SELECT l.code, l.name FROM service_at_location sal JOIN language l ON l.location_id = sal.location_id WHERE sal.service_id = x.id
              ) l
              GROUP BY l.code
            ) g
          ) lang
        ) d
        WHERE s.id = d.id AND (s.taxonomy_term_ids, s.language_codes, s.language_names) IS DISTINCT FROM (d.terms, d.codes, d.names)
      $$`);
    for (const [table, services] of SOURCES) {
      await db.query(`
        CREATE FUNCTION ${table}_search_arrays() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM service_search_arrays_refresh(array(${services}));
          RETURN NULL;
        END $$`);
      for (const [suffix, event, transition] of EVENTS) {
        await db.query(`
          CREATE TRIGGER ${table}_search_arrays_${suffix} AFTER ${event} ON ${table}
          REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${table}_search_arrays()`);
      }
    }
    await db.query(`
      CREATE FUNCTION directory_word_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO directory_word (word, agency_id)
        SELECT DISTINCT word, CASE WHEN o.visibility = 'SHARED' THEN NULL ELSE s.agency_id END
        FROM changed s
        JOIN previous p ON p.id = s.id
        JOIN organization o ON o.id = s.organization_id,
        regexp_split_to_table(
          lower(waymark_unaccent(concat_ws(' ', s.name, s.alternate_name, array_to_string(s.keywords, ' '), s.description, o.name))),
          '[^a-z0-9]+'
        ) AS word
        WHERE length(word) BETWEEN 3 AND 30
          AND (s.name, s.alternate_name, s.keywords, s.description, s.organization_id) IS DISTINCT FROM (p.name, p.alternate_name, p.keywords, p.description, p.organization_id)
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`DROP TRIGGER directory_word_update ON service`);
    await db.query(`
      CREATE TRIGGER directory_word_update AFTER UPDATE ON service
      REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_word_update()`);
    await db.query(`SELECT service_search_arrays_refresh(array(SELECT id FROM service))`);
    await db.query(`CREATE INDEX service_taxonomy_term_ids_idx ON service USING gin (taxonomy_term_ids)`);
    await db.query(`CREATE INDEX service_language_codes_idx ON service USING gin (language_codes)`);
    await db.query(`ANALYZE service`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER directory_word_update ON service`);
    await db.query(`DROP FUNCTION directory_word_update()`);
    await db.query(`
      CREATE TRIGGER directory_word_update AFTER UPDATE ON service
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_word_add()`);
    for (const [table] of SOURCES) {
      for (const [suffix] of EVENTS) await db.query(`DROP TRIGGER ${table}_search_arrays_${suffix} ON ${table}`);
      await db.query(`DROP FUNCTION ${table}_search_arrays()`);
    }
    await db.query(`DROP FUNCTION service_search_arrays_refresh(uuid[])`);
    await db.query(`ALTER TABLE service DROP COLUMN taxonomy_term_ids, DROP COLUMN language_codes, DROP COLUMN language_names`);
  }
}
