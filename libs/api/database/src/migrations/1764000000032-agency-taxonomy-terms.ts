import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stands for "the global tree" in the unique indexes, where NULL would never collide. */
const GLOBAL = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * Taxonomies and terms an agency adds (an HSDS import naming categories Waymark lacks) are kept
 * by that agency: `agency_id` names it, NULL is the global starter tree every agency reads. An
 * agency sees the global terms and its own, so one agency's import never changes another's
 * category tree; a code (a taxonomy's name) is unique within the global tree plus one agency's.
 *
 * Capacity units stay global reference data: an import only adds a unit Waymark lacks (beds,
 * slots…), never changes one, and a unit names a measure, not an agency's categorisation.
 */
export class AgencyTaxonomyTerms1764000000032 implements MigrationInterface {
  name = 'AgencyTaxonomyTerms1764000000032';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, key] of [
      ['taxonomy', 'name'],
      ['taxonomy_term', 'code'],
    ]) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN agency_id uuid REFERENCES agency (id)`);
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_${key}_key`);
      await db.query(`CREATE UNIQUE INDEX ${table}_${key}_key ON ${table} ((coalesce(agency_id, ${GLOBAL})), ${key})`);
    }
    // A code is looked up among the global terms and one agency's.
    await db.query(`CREATE INDEX taxonomy_term_code_idx ON taxonomy_term (code, agency_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX taxonomy_term_code_idx`);
    // Back to one global tree: the agencies' own terms and their links go.
    await db.query(`DELETE FROM service_taxonomy WHERE taxonomy_term_id IN (SELECT id FROM taxonomy_term WHERE agency_id IS NOT NULL)`);
    await db.query(`DELETE FROM taxonomy_term WHERE agency_id IS NOT NULL`);
    await db.query(`DELETE FROM taxonomy WHERE agency_id IS NOT NULL`);
    for (const [table, key] of [
      ['taxonomy_term', 'code'],
      ['taxonomy', 'name'],
    ]) {
      await db.query(`DROP INDEX ${table}_${key}_key`);
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_${key}_key UNIQUE (${key})`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN agency_id`);
    }
  }
}
