import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each location's position as an earth point (`location.earth`), computed once when the
 * location is written instead of by `ll_to_earth` (trigonometry over `earth()`) for every
 * location a radius search or a distance sort measures: a search near a city measures
 * thousands. A stored generated column keeps it in step with the coordinates by itself, and
 * the GiST index on it replaces the expression index of migration 030, which the search no
 * longer names.
 */
export class LocationEarthPoint1764000000034 implements MigrationInterface {
  name = 'LocationEarthPoint1764000000034';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE location ADD COLUMN earth earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED`);
    await db.query(`CREATE INDEX location_earth_point_idx ON location USING gist (earth) WHERE earth IS NOT NULL`);
    await db.query(`DROP INDEX location_earth_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX location_earth_idx ON location USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL`);
    await db.query(`DROP INDEX location_earth_point_idx`);
    await db.query(`ALTER TABLE location DROP COLUMN earth`);
  }
}
