import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A service's located sites, in location order: the latitudes and the longitudes, aligned. */
const SITES = (service: string) => `
  array(SELECT l.latitude FROM service_at_location sal JOIN location l ON l.id = sal.location_id
        WHERE sal.service_id = ${service} AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY l.id),
  array(SELECT l.longitude FROM service_at_location sal JOIN location l ON l.id = sal.location_id
        WHERE sal.service_id = ${service} AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY l.id)`;

/**
 * Directory search looked up the organization of every service it matched to judge whether the
 * reader may read it, and judged a radius by reading every location in its box and all of
 * `service_at_location`. Each search row now carries both: `readable_by` (NULL when the
 * organization is shared, else the agency that keeps it) and the coordinates of the service's
 * sites. A row trigger on `service_search` fills them when the row is copied in (or moves to
 * another organization); triggers on `organization`, `service_at_location` and `location`
 * keep them when a visibility, a service's sites or a site's position change.
 */
export class ServiceSearchReach1764000000054 implements MigrationInterface {
  name = 'ServiceSearchReach1764000000054';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE service_search ADD COLUMN readable_by uuid,
      ADD COLUMN site_latitudes float8[] NOT NULL DEFAULT '{}', ADD COLUMN site_longitudes float8[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE FUNCTION service_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.organization_id IS DISTINCT FROM OLD.organization_id THEN
          SELECT CASE WHEN o.visibility = 'SHARED' THEN NULL ELSE o.agency_id END INTO NEW.readable_by
          FROM organization o WHERE o.id = NEW.organization_id;
        END IF;
        IF TG_OP = 'INSERT' THEN
          SELECT ${SITES('NEW.id')} INTO NEW.site_latitudes, NEW.site_longitudes;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER service_search_fill BEFORE INSERT OR UPDATE OF organization_id ON service_search
      FOR EACH ROW EXECUTE FUNCTION service_search_fill()`);
    await db.query(`
      CREATE FUNCTION organization_service_search_readable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE service_search ss SET readable_by = CASE WHEN NEW.visibility = 'SHARED' THEN NULL ELSE NEW.agency_id END
        WHERE ss.organization_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER organization_service_search_readable AFTER UPDATE OF visibility, agency_id ON organization
      FOR EACH ROW WHEN (OLD.visibility IS DISTINCT FROM NEW.visibility OR OLD.agency_id IS DISTINCT FROM NEW.agency_id)
      EXECUTE FUNCTION organization_service_search_readable()`);
    // The services whose sites changed, recomputed once per statement.
    await db.query(`
      CREATE FUNCTION service_search_sites(services uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE service_search ss SET site_latitudes = x.latitudes, site_longitudes = x.longitudes
        FROM (SELECT s.id, ${SITES('s.id')} FROM unnest(services) AS s (id)) x (id, latitudes, longitudes)
        WHERE ss.id = x.id AND (ss.site_latitudes, ss.site_longitudes) IS DISTINCT FROM (x.latitudes, x.longitudes)
      $$`);
    await db.query(`
      CREATE FUNCTION service_at_location_service_search_sites() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM service_search_sites(array(SELECT DISTINCT service_id FROM changed));
        RETURN NULL;
      END $$`);
    for (const [event, table] of [
      ['INSERT', 'NEW'],
      ['DELETE', 'OLD'],
      ['UPDATE', 'NEW'],
      ['UPDATE', 'OLD'],
    ]) {
      await db.query(`
        CREATE TRIGGER service_at_location_service_search_sites_${event.toLowerCase()}_${table.toLowerCase()} AFTER ${event} ON service_at_location
        REFERENCING ${table} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_at_location_service_search_sites()`);
    }
    await db.query(`
      CREATE FUNCTION location_service_search_sites() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM service_search_sites(array(
          SELECT DISTINCT sal.service_id FROM moved m JOIN was w ON w.id = m.id JOIN service_at_location sal ON sal.location_id = m.id
          WHERE (m.latitude, m.longitude) IS DISTINCT FROM (w.latitude, w.longitude)));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER location_service_search_sites AFTER UPDATE ON location
      REFERENCING NEW TABLE AS moved OLD TABLE AS was FOR EACH STATEMENT EXECUTE FUNCTION location_service_search_sites()`);
    await db.query(`
      UPDATE service_search ss SET readable_by = o.agency_id FROM organization o
      WHERE o.id = ss.organization_id AND o.visibility <> 'SHARED'`);
    await db.query(`SELECT service_search_sites(array(SELECT DISTINCT service_id FROM service_at_location))`);
    await db.query(`ANALYZE service_search`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER location_service_search_sites ON location`);
    await db.query(`DROP FUNCTION location_service_search_sites()`);
    for (const name of ['insert_new', 'delete_old', 'update_new', 'update_old']) {
      await db.query(`DROP TRIGGER service_at_location_service_search_sites_${name} ON service_at_location`);
    }
    await db.query(`DROP FUNCTION service_at_location_service_search_sites()`);
    await db.query(`DROP FUNCTION service_search_sites(uuid[])`);
    await db.query(`DROP TRIGGER organization_service_search_readable ON organization`);
    await db.query(`DROP FUNCTION organization_service_search_readable()`);
    await db.query(`DROP TRIGGER service_search_fill ON service_search`);
    await db.query(`DROP FUNCTION service_search_fill()`);
    await db.query(`ALTER TABLE service_search DROP COLUMN readable_by, DROP COLUMN site_latitudes, DROP COLUMN site_longitudes`);
  }
}
