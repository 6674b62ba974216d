import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The words of a service that a search may be misspelling: its names, keywords, description and organization name. */
const SERVICE_WORDS = `
  SELECT DISTINCT word
  FROM %s AS s
  LEFT JOIN organization o ON o.id = s.organization_id,
  regexp_split_to_table(
    lower(waymark_unaccent(concat_ws(' ', s.name, s.alternate_name, array_to_string(s.keywords, ' '), s.description, o.name))),
    '[^a-z0-9]+'
  ) AS word
  WHERE length(word) BETWEEN 3 AND 30`;

/**
 * What directory search needs beyond the tables of migration 030:
 * - `directory_word`, the vocabulary of the directory (every word of every service, unaccented,
 *   lower case), with a trigram index, so a misspelt query word ("shleter") is corrected to the
 *   nearest real word ("shelter") before the full-text match, as the pg_trgm documentation
 *   suggests for spelling suggestions. A statement trigger adds the words of inserted or
 *   updated services in one statement (a bulk import or seed pays once, not per row); words
 *   are never removed: a word no service uses any more only corrects to a word that finds nothing.
 *   Words are not tenant data: the vocabulary is the language of the directory, and the search
 *   that uses a correction still sees only the services the caller may see.
 * - indexes for the schedules of a service at one location, which "open now" probes, and for
 *   the languages of a location, which the language filter and the result cards read.
 */
export class DirectorySearch1764000000031 implements MigrationInterface {
  name = 'DirectorySearch1764000000031';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE directory_word (word text PRIMARY KEY)`);
    await db.query(`CREATE INDEX directory_word_trgm_idx ON directory_word USING gist (word gist_trgm_ops)`);
    await db.query(`
      CREATE FUNCTION directory_word_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO directory_word (word) ${SERVICE_WORDS.replace('%s', 'changed')} ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER directory_word_insert AFTER INSERT ON service
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_word_add()`);
    await db.query(`
      CREATE TRIGGER directory_word_update AFTER UPDATE ON service
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_word_add()`);
    await db.query(`INSERT INTO directory_word (word) ${SERVICE_WORDS.replace('%s', 'service')} ON CONFLICT DO NOTHING`);
    await db.query(`CREATE INDEX schedule_service_at_location_idx ON schedule (service_at_location_id, byday) WHERE service_at_location_id IS NOT NULL`);
    await db.query(`CREATE INDEX language_location_idx ON language (location_id, code) WHERE location_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX language_location_idx`);
    await db.query(`DROP INDEX schedule_service_at_location_idx`);
    await db.query(`DROP TRIGGER directory_word_update ON service`);
    await db.query(`DROP TRIGGER directory_word_insert ON service`);
    await db.query(`DROP FUNCTION directory_word_add()`);
    await db.query(`DROP TABLE directory_word`);
  }
}
