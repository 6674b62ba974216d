import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stands for "every agency" in the unique index, where NULL would never collide. */
const EVERYONE = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * The words of services in `%s` with who may be corrected to them: NULL (every agency) for a
 * service of a SHARED organization, else the agency that keeps the service.
 */
const SERVICE_WORDS = `
  SELECT DISTINCT word, CASE WHEN o.visibility = 'SHARED' THEN NULL ELSE s.agency_id END
  FROM %s AS s
  JOIN organization o ON o.id = s.organization_id,
  regexp_split_to_table(
    lower(waymark_unaccent(concat_ws(' ', s.name, s.alternate_name, array_to_string(s.keywords, ' '), s.description, o.name))),
    '[^a-z0-9]+'
  ) AS word
  WHERE length(word) BETWEEN 3 AND 30`;

/**
 * The misspelling vocabulary (`directory_word`, migration 031) says who may be corrected to each
 * word: `agency_id` NULL for a word of a SHARED service, else the agency keeping the private
 * service it comes from. A search corrects only to words every agency may read or its own, so a
 * private entry of another agency never wins a correction (and so never shows that it exists).
 * The trigram index still drives the lookup: the nearest words come in distance order and the
 * first readable one is taken. An organization made SHARED adds its services' words for
 * everyone; words are never removed (a word a private entry once shared stays, as in 031).
 */
export class DirectoryWordReaders1764000000033 implements MigrationInterface {
  name = 'DirectoryWordReaders1764000000033';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`TRUNCATE directory_word`);
    await db.query(`ALTER TABLE directory_word DROP CONSTRAINT directory_word_pkey`);
    await db.query(`ALTER TABLE directory_word ADD COLUMN agency_id uuid REFERENCES agency (id) ON DELETE CASCADE`);
    await db.query(`CREATE UNIQUE INDEX directory_word_key ON directory_word (word, (coalesce(agency_id, ${EVERYONE})))`);
    await db.query(`
      CREATE OR REPLACE FUNCTION directory_word_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO directory_word (word, agency_id) ${SERVICE_WORDS.replace('%s', 'changed')} ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION directory_word_share() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO directory_word (word, agency_id)
        ${SERVICE_WORDS.replace('%s', `(SELECT s.* FROM service s JOIN changed c ON c.id = s.organization_id WHERE c.visibility = 'SHARED')`)}
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER directory_word_share AFTER UPDATE ON organization
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_word_share()`);
    await db.query(`INSERT INTO directory_word (word, agency_id) ${SERVICE_WORDS.replace('%s', 'service')} ON CONFLICT DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER directory_word_share ON organization`);
    await db.query(`DROP FUNCTION directory_word_share()`);
    await db.query(`DELETE FROM directory_word WHERE agency_id IS NOT NULL AND word IN (SELECT word FROM directory_word WHERE agency_id IS NULL)`);
    await db.query(`DELETE FROM directory_word a USING directory_word b WHERE a.word = b.word AND a.agency_id IS NOT NULL AND b.agency_id IS NOT NULL AND a.agency_id > b.agency_id`);
    await db.query(`DROP INDEX directory_word_key`);
    await db.query(`ALTER TABLE directory_word DROP COLUMN agency_id`);
    await db.query(`ALTER TABLE directory_word ADD PRIMARY KEY (word)`);
    await db.query(`
      CREATE OR REPLACE FUNCTION directory_word_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO directory_word (word)
        SELECT DISTINCT word FROM changed AS s LEFT JOIN organization o ON o.id = s.organization_id,
          regexp_split_to_table(lower(waymark_unaccent(concat_ws(' ', s.name, s.alternate_name, array_to_string(s.keywords, ' '), s.description, o.name))), '[^a-z0-9]+') AS word
        WHERE length(word) BETWEEN 3 AND 30
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
  }
}
