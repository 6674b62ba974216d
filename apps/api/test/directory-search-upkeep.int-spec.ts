import { ok, staff, type Worker } from './support/client-fixtures';
import { type Centre, clearRegion, DIRECTORY_SEARCH } from './support/directory-search-fixtures';
import { newAgency, type TestAgency } from './support/factories';
import { DIRECTORY_IMPORT, hsdsFixture, IMPORT_DIRECTORY } from './support/hsds-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE_ORGANIZATION = `mutation ($input: CreateDirectoryOrganizationInput!) { createDirectoryOrganization(input: $input) { id } }`;
const CREATE_LOCATION = `mutation ($input: CreateDirectoryLocationInput!) { createDirectoryLocation(input: $input) { id } }`;
const CREATE_SERVICE = `mutation ($input: CreateDirectoryServiceInput!) { createDirectoryService(input: $input) { id version } }`;
const UPDATE_SERVICE = `mutation ($input: UpdateDirectoryServiceInput!) { updateDirectoryService(input: $input) { id version } }`;

/** Only this spec's service lies within 20 km of Missoula. */
const MISSOULA: Centre = { latitude: 46.8721, longitude: -113.994, timeZone: 'America/Denver' };

/**
 * The services whose search arrays (migration 050) differ from the rows they come from: their
 * terms, and the languages spoken by them or at one of their locations.
 */
const STALE_ARRAYS = `
  SELECT s.id FROM service s
  WHERE s.taxonomy_term_ids IS DISTINCT FROM array(SELECT st.taxonomy_term_id FROM service_taxonomy st WHERE st.service_id = s.id ORDER BY 1)
     OR s.language_codes IS DISTINCT FROM array(
          SELECT l.code FROM language l WHERE l.service_id = s.id
          UNION SELECT l.code FROM service_at_location sal JOIN language l ON l.location_id = sal.location_id WHERE sal.service_id = s.id
          ORDER BY 1)`;

/** The columns directory search reads from a service's narrow search row (migration 053). */
const SEARCH_COLUMNS = 'id, organization_id, status, minimum_age, maximum_age, name, search_name, search_vector, taxonomy_term_ids, language_codes, language_names';

/** The services whose search row is missing or differs from the service, and search rows left without their service. */
const STALE_SEARCH_ROWS = `
  (SELECT ${SEARCH_COLUMNS} FROM service EXCEPT SELECT ${SEARCH_COLUMNS} FROM service_search)
  UNION ALL
  (SELECT ${SEARCH_COLUMNS} FROM service_search EXCEPT SELECT ${SEARCH_COLUMNS} FROM service)`;

/** Search rows whose readability or sites (migration 054) differ from their organization and locations. */
const STALE_REACH = `
  SELECT ss.id FROM service_search ss JOIN organization o ON o.id = ss.organization_id
  WHERE ss.readable_by IS DISTINCT FROM (CASE WHEN o.visibility = 'SHARED' THEN NULL ELSE o.agency_id END)
     OR ss.site_latitudes IS DISTINCT FROM array(SELECT l.latitude FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                                                 WHERE sal.service_id = ss.id AND l.latitude IS NOT NULL ORDER BY l.id)
     OR ss.site_longitudes IS DISTINCT FROM array(SELECT l.longitude FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                                                  WHERE sal.service_id = ss.id AND l.latitude IS NOT NULL ORDER BY l.id)`;

const UPDATE_ORGANIZATION = `mutation ($input: UpdateDirectoryOrganizationInput!) { updateDirectoryOrganization(input: $input) { id version } }`;
const UPDATE_LOCATION = `mutation ($input: UpdateDirectoryLocationInput!) { updateDirectoryLocation(input: $input) { id version } }`;

interface Result {
  totalCount: number;
  edges: { node: { name: string; languages: string[]; categories: { code: string }[] } }[];
  facets: { categories: { code: string; count: number }[]; languages: { code: string; count: number }[] };
}

/** Search filters and facets read each service's categories and languages from its own row: every write keeps them true. */
describe('directory search after edits and imports', () => {
  let t: TestApp;
  let agency: TestAgency;
  let admin: Worker;

  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    ({ admin } = await staff(t, { admin: agency.admin }));
    await clearRegion(t, MISSOULA, 50);
  });
  afterAll(() => t.close());

  const gql = (query: string, input: Record<string, unknown>) => ok(t.gql(query, { input }, { token: admin.token }));
  const around = (input: Record<string, unknown>): Promise<Result> =>
    gql(DIRECTORY_SEARCH, { near: { latitude: MISSOULA.latitude, longitude: MISSOULA.longitude }, radiusKm: 20, ...input });

  it('finds a service by the categories and languages an edit gives it, and no longer by those it took away', async () => {
    const organization = await gql(CREATE_ORGANIZATION, { name: 'Missoula Clinic Partners', visibility: 'SHARED' });
    const location = await gql(CREATE_LOCATION, {
      organizationId: organization.id,
      name: 'Clinic',
      latitude: MISSOULA.latitude,
      longitude: MISSOULA.longitude,
      address: { line1: '1 Higgins Ave', city: 'Missoula', stateProvince: 'MT', postalCode: '59802' },
    });
    const service = await gql(CREATE_SERVICE, {
      organizationId: organization.id,
      locationIds: [location.id],
      name: 'Missoula Dental Clinic',
      categories: ['dental'],
      languages: [{ code: 'vi', name: 'Vietnamese' }],
    });
    expect((await around({ languageCode: 'vi', taxonomyCodes: ['health'] })).totalCount).toBe(1);
    const before = await around({});
    expect(before.facets).toEqual({ categories: [expect.objectContaining({ code: 'health', count: 1 })], languages: [expect.objectContaining({ code: 'vi', count: 1 })] });

    await gql(UPDATE_SERVICE, { id: service.id, version: service.version, categories: ['food-pantry', 'meals'], languages: [{ code: 'es', name: 'Spanish' }, { code: 'en', name: 'English' }] });
    expect((await around({ languageCode: 'vi' })).totalCount).toBe(0);
    expect((await around({ taxonomyCodes: ['health'] })).totalCount).toBe(0);
    const after = await around({ languageCode: 'es', taxonomyCodes: ['food'] });
    expect(after.edges.map(({ node }) => [node.name, node.languages, node.categories.map((term) => term.code)])).toEqual([
      ['Missoula Dental Clinic', ['en', 'es'], ['food-pantry', 'meals']],
    ]);
    // Two terms under one top-level category count the service once.
    expect(after.facets.categories).toEqual([expect.objectContaining({ code: 'basic-needs', count: 1 })]);
    expect(after.facets.languages.map((facet) => [facet.code, facet.count])).toEqual([
      ['en', 1],
      ['es', 1],
    ]);
    expect(await t.db.query(STALE_ARRAYS)).toEqual([]);
    expect(await t.db.query(STALE_SEARCH_ROWS)).toEqual([]);
    expect(await t.db.query(STALE_REACH)).toEqual([]);
  });

  it('finds a service by words within a radius only where its organization is readable and its site now lies', async () => {
    const other = await newAgency(t);
    const { admin: outsider } = await staff(t, { admin: other.admin });
    const organization = await gql(CREATE_ORGANIZATION, { name: 'Missoula Larder Trust', visibility: 'SHARED' });
    const location = await gql(CREATE_LOCATION, { organizationId: organization.id, name: 'Larder', latitude: MISSOULA.latitude, longitude: MISSOULA.longitude });
    await gql(CREATE_SERVICE, { organizationId: organization.id, locationIds: [location.id], name: 'Missoula Larder Pantry', categories: ['food-pantry'] });
    const names = async (token: string) => {
      const input = { text: 'larder', near: { latitude: MISSOULA.latitude, longitude: MISSOULA.longitude }, radiusKm: 20 };
      const result = await ok<Result>(t.gql(DIRECTORY_SEARCH, { input }, { token }));
      return result.edges.map(({ node }) => node.name);
    };
    expect(await names(outsider.token)).toEqual(['Missoula Larder Pantry']);

    const [{ version }] = await t.db.query(`SELECT version FROM organization WHERE id = $1`, [organization.id]);
    await gql(UPDATE_ORGANIZATION, { id: organization.id, version, visibility: 'PRIVATE' });
    expect(await names(outsider.token)).toEqual([]);
    expect(await names(admin.token)).toEqual(['Missoula Larder Pantry']);

    const [moved] = await t.db.query(`SELECT version FROM location WHERE id = $1`, [location.id]);
    const away = await gql(UPDATE_LOCATION, { id: location.id, version: moved.version, latitude: MISSOULA.latitude + 1, longitude: MISSOULA.longitude });
    expect(await names(admin.token)).toEqual([]);
    await gql(UPDATE_LOCATION, { id: location.id, version: away.version, latitude: MISSOULA.latitude, longitude: MISSOULA.longitude });
    expect(await names(admin.token)).toEqual(['Missoula Larder Pantry']);
    expect(await t.db.query(STALE_REACH)).toEqual([]);
  });

  it('keeps every service’s categories and languages through an import and a re-import that drops some', async () => {
    const importAndWait = async (files: { name: string; content: string }[]) => {
      const started = await gql(IMPORT_DIRECTORY, { format: 'HSDS_JSON', visibility: 'SHARED', files });
      for (let i = 0; i < 100; i++) {
        const run = await ok<{ status: string }>(t.gql(DIRECTORY_IMPORT, { id: started.id }, { token: admin.token }));
        if (run.status !== 'RUNNING') return run;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the import did not finish');
    };
    // The sample's ids made this run's own, so neither the HSDS spec nor an earlier run holds them.
    const run = (0x1000 + Math.floor(Math.random() * 0xefff)).toString(16);
    const content = hsdsFixture('valid.hsds.json')[0].content.replace(/-0000-4000-8000-/g, `-${run}-4000-8000-`);
    expect(await importAndWait([{ name: 'valid.hsds.json', content }])).toMatchObject({ status: 'DONE', rowsRejected: 0 });
    expect(await t.db.query(STALE_ARRAYS)).toEqual([]);
    expect(await t.db.query(STALE_SEARCH_ROWS)).toEqual([]);
    const [pantry, ...rest] = JSON.parse(content);
    const edited = { ...pantry, languages: pantry.languages.slice(0, 1), attributes: pantry.attributes.slice(0, 1) };
    expect(await importAndWait([{ name: 'edited.json', content: JSON.stringify([edited, ...rest]) }])).toMatchObject({ status: 'DONE' });
    const [row] = await t.db.query(`SELECT cardinality(taxonomy_term_ids) AS terms FROM service WHERE id = $1`, [pantry.id]);
    expect(row).toEqual({ terms: 1 });
    expect(await t.db.query(STALE_ARRAYS)).toEqual([]);
    expect(await t.db.query(STALE_SEARCH_ROWS)).toEqual([]);
    expect(await t.db.query(STALE_REACH)).toEqual([]);
  });
});
