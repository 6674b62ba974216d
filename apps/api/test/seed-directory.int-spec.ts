import { randomUUID } from 'node:crypto';
import { PAGE_SIZE_MAX, Role } from '@waymark/shared/types';
import { DEMO_PASSWORD, type DemoAgency } from '../src/seed/demo-agencies';
import { DEMO_AREAS } from '../src/seed/demo-areas';
import { PARTNER_PANTRY } from '../src/seed/plan-directory-partner';
import { seedDemo } from '../src/seed/seed-demo';
import { ownDemoAgencies } from './support/own-demo-agencies';
import { ok } from './support/client-fixtures';
import { DIRECTORY_SEARCH } from './support/directory-search-fixtures';
import { signIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const SLOW = 180_000;
const SERVICES = 300;

/** Rows of each directory table the agencies keep, to show a second seed adds none. */
const DIRECTORY_COUNTS = `SELECT ${['organization', 'service', 'location', 'address', 'service_at_location', 'phone', 'language', 'schedule', 'service_taxonomy', 'service_capacity']
  .map((table) => `(SELECT count(*) FROM ${table} WHERE agency_id = ANY($1))::int AS ${table}`)
  .join(', ')}`;

describe('demo seed: the resource directory', () => {
  let t: TestApp;
  const suffix = randomUUID().slice(0, 8);
  // Without clients: the directory is the subject.
  const agencies = ownDemoAgencies(suffix, [0, 0]);
  const [keeper, partner] = agencies;
  const lines: string[] = [];
  const ids: Record<'keeper' | 'partner', string> = { keeper: '', partner: '' };

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.app, (line) => lines.push(line), { agencies, services: SERVICES });
    for (const [key, demo] of [['keeper', keeper], ['partner', partner]] as const) {
      ids[key] = (await t.db.query(`SELECT id FROM agency WHERE slug = $1`, [demo.slug]))[0].id;
    }
  }, SLOW);
  afterAll(() => t.close());

  it('fills a region with the services asked for, saying how far it got', async () => {
    expect(lines).toContain(`seed: directory services ${SERVICES}/${SERVICES} (${await organizations(ids.keeper)} organizations in this batch)`);
    const [kept] = await t.db.query(
      `SELECT count(*)::int AS services,
              count(*) FILTER (WHERE o.visibility = 'PRIVATE')::int AS private,
              count(*) FILTER (WHERE s.status <> 'ACTIVE')::int AS not_active,
              count(*) FILTER (WHERE s.minimum_age IS NOT NULL OR s.maximum_age IS NOT NULL)::int AS with_ages,
              count(*) FILTER (WHERE s.eligibility_description IS NOT NULL)::int AS with_eligibility,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM required_document d WHERE d.service_id = s.id))::int AS with_documents,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id AND l.code = 'es'))::int AS spanish,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM service_capacity c WHERE c.service_id = s.id))::int AS with_capacity,
              count(*) FILTER (WHERE s.search_vector IS NULL)::int AS unsearchable,
              count(DISTINCT s.name)::int AS kinds
       FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.agency_id = $1`,
      [ids.keeper],
    );
    expect(kept.services).toBe(SERVICES);
    expect(kept.private).toBeGreaterThan(0);
    expect(kept.private).toBeLessThan(SERVICES * 0.2);
    expect(kept.not_active).toBeGreaterThan(0);
    expect(kept.unsearchable).toBe(0);
    for (const share of ['with_ages', 'with_eligibility', 'with_documents', 'with_capacity']) expect(kept[share]).toBeGreaterThan(10);
    expect(kept.spanish / SERVICES).toBeGreaterThan(0.4);
    expect(kept.kinds).toBeGreaterThan(30);

    // Every service is somewhere in the region, open some hours, in at least one category, with a phone.
    const [gaps] = await t.db.query(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id JOIN address a ON a.location_id = l.id
                                                  WHERE sal.service_id = s.id AND l.latitude IS NOT NULL AND l.time_zone = 'America/Los_Angeles'))::int AS unplaced,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id))::int AS without_hours,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM service_taxonomy st WHERE st.service_id = s.id))::int AS uncategorized,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM phone p WHERE p.service_id = s.id))::int AS without_phone
       FROM service s WHERE s.agency_id = $1`,
      [ids.keeper],
    );
    expect(gaps).toEqual({ unplaced: 0, without_hours: 0, uncategorized: 0, without_phone: 0 });
    const [box] = await t.db.query(`SELECT min(latitude) AS south, max(latitude) AS north, min(longitude) AS west, max(longitude) AS east FROM location WHERE agency_id = $1`, [ids.keeper]);
    const cities = DEMO_AREAS[keeper.area].cities;
    expect(box.south).toBeGreaterThan(Math.min(...cities.map((c) => c.latitude)) - 0.1);
    expect(box.north).toBeLessThan(Math.max(...cities.map((c) => c.latitude)) + 0.1);
    expect(box.west).toBeGreaterThan(Math.min(...cities.map((c) => c.longitude)) - 0.1);
    expect(box.east).toBeLessThan(Math.max(...cities.map((c) => c.longitude)) + 0.1);
  });

  it('makes the partner agency a shared directory organization on Waymark, with a Spanish-speaking pantry open on weekdays near the first agency’s clients', async () => {
    const [organization] = await t.db.query(`SELECT id, name, visibility, agency_id FROM organization WHERE waymark_agency_id = $1`, [ids.partner]);
    expect(organization).toMatchObject({ name: partner.name, visibility: 'SHARED', agency_id: ids.partner });
    const services: string[] = (await t.db.query(`SELECT name FROM service WHERE organization_id = $1 ORDER BY name`, [organization.id])).map((s: { name: string }) => s.name);
    expect(services).toContain(PARTNER_PANTRY);
    expect(services.length).toBeGreaterThanOrEqual(2);
    // Its own private entries, which only its people see.
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM organization WHERE agency_id = $1 AND visibility = 'PRIVATE'`, [ids.partner]);
    expect(count).toBeGreaterThan(0);

    // A case manager of the first agency finds it the way the browser test does.
    const [riverside] = DEMO_AREAS[keeper.area].cities;
    const casemanager = keeper.users.find((user) => user.role === Role.CASE_MANAGER) as DemoAgency['users'][number];
    const { accessToken } = await signIn(t, casemanager, DEMO_PASSWORD);
    // By id: a reused database holds the pantries of earlier runs' partners, under the same name and at the same place.
    const [{ id: pantryId }] = await t.db.query(`SELECT id FROM service WHERE organization_id = $1 AND name = $2`, [organization.id, PARTNER_PANTRY]);
    const result = await ok(
      t.gql(
        DIRECTORY_SEARCH,
        {
          input: {
            text: 'food pantry',
            languageCode: 'es',
            near: { latitude: riverside.latitude, longitude: riverside.longitude },
            radiusKm: 2,
            taxonomyCodes: ['food-pantry'],
            first: PAGE_SIZE_MAX,
          },
        },
        { token: accessToken },
      ),
    );
    const pantry = result.edges.find((edge: { node: { serviceId: string } }) => edge.node.serviceId === pantryId)?.node;
    expect(pantry).toMatchObject({ organizationName: partner.name, onWaymark: true, status: 'ACTIVE', categories: [{ code: 'food-pantry', name: 'Food pantry' }] });
    expect(pantry.languages).toEqual(expect.arrayContaining(['en', 'es']));
    expect(pantry.distanceKm).toBeLessThan(1);
    const days: string[] = (
      await t.db.query(`SELECT DISTINCT byday FROM schedule WHERE service_id = $1`, [pantryId])
    ).map((row: { byday: string }) => row.byday);
    expect(days.sort()).toEqual(['FR', 'MO', 'TH', 'TU', 'WE']);
  });

  it('leaves a directory that exists as it is', async () => {
    const before = await t.db.query(DIRECTORY_COUNTS, [[ids.keeper, ids.partner]]);
    const again: string[] = [];
    await seedDemo(t.app, (line) => again.push(line), { agencies, services: SERVICES });
    expect(again).toEqual(expect.arrayContaining([`seed: directory of ${keeper.name}: already there`, `seed: directory entry of ${partner.name}: already there`]));
    expect(await t.db.query(DIRECTORY_COUNTS, [[ids.keeper, ids.partner]])).toEqual(before);
  }, SLOW);

  async function organizations(agencyId: string): Promise<number> {
    return (await t.db.query(`SELECT count(*)::int AS count FROM organization WHERE agency_id = $1`, [agencyId]))[0].count;
  }
});
