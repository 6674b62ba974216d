import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What directory search filters, sorts and counts on: the copy's columns, named as on `service`. */
const COLUMNS = 'id, organization_id, status, minimum_age, maximum_age, name, search_name, search_vector, taxonomy_term_ids, language_codes, language_names';

/**
 * Directory search read every service it matched from `service`, whose rows carry every text
 * of the record: a search keeping most services read the whole wide table, a word search one
 * page per few matches. `service_search` holds one narrow row per service with only what the
 * search filters, sorts and counts on (the same column names, so the search reads it in place
 * of `service`), and the search joins `service` for its page's rows only. Statement triggers
 * on `service` copy inserted and updated rows (the arrays of migration 050 arrive as service
 * updates); a deleted service's row goes with it (cascade).
 */
export class ServiceSearchTable1764000000053 implements MigrationInterface {
  name = 'ServiceSearchTable1764000000053';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE service_search (
        id uuid PRIMARY KEY REFERENCES service (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        status text NOT NULL,
        minimum_age integer,
        maximum_age integer,
        name text NOT NULL,
        search_name text,
        search_vector tsvector,
        taxonomy_term_ids uuid[] NOT NULL,
        language_codes text[] NOT NULL,
        language_names text[] NOT NULL
      )`);
    await db.query(`
      CREATE FUNCTION service_search_copy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO service_search (${COLUMNS})
        SELECT ${COLUMNS} FROM changed
        ON CONFLICT (id) DO UPDATE SET ${COLUMNS.split(', ')
          .slice(1)
          .map((column) => `${column} = EXCLUDED.${column}`)
          .join(', ')}
        WHERE (${prefixed('service_search')}) IS DISTINCT FROM (${prefixed('EXCLUDED')});
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE']) {
      await db.query(`
        CREATE TRIGGER service_search_copy_${event.toLowerCase()} AFTER ${event} ON service
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_search_copy()`);
    }
    await db.query(`INSERT INTO service_search (${COLUMNS}) SELECT ${COLUMNS} FROM service`);
    await db.query(`CREATE INDEX service_search_words_idx ON service_search USING gin (search_vector)`);
    await db.query(`CREATE INDEX service_search_terms_idx ON service_search USING gin (taxonomy_term_ids)`);
    await db.query(`CREATE INDEX service_search_languages_idx ON service_search USING gin (language_codes)`);
    await db.query(`CREATE INDEX service_search_organization_idx ON service_search (organization_id)`);
    await db.query(`ANALYZE service_search`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update']) await db.query(`DROP TRIGGER service_search_copy_${event} ON service`);
    await db.query(`DROP TABLE service_search`);
    await db.query(`DROP FUNCTION service_search_copy()`);
  }
}

/** The copied columns but the key, of row `alias`. */
function prefixed(alias: string): string {
  return COLUMNS.split(', ')
    .slice(1)
    .map((column) => `${alias}.${column}`)
    .join(', ');
}
