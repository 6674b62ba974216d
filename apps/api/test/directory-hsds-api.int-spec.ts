import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createApiClient } from './support/api-client-fixtures';
import { staff, type Worker } from './support/client-fixtures';
import { addDirectory, type Centre } from './support/directory-search-fixtures';
import { newAgency, type TestAgency } from './support/factories';
import { DIRECTORY_IMPORT, hsdsFixture, IMPORT_DIRECTORY } from './support/hsds-fixtures';
import { type HsdsShape, hsdsProblems } from './support/hsds-schema';
import { startTestApp, type TestApp } from './support/test-app';

/** Far from every other spec's fixture region, so none of them clears ours. */
const FAIRBANKS: Centre = { latitude: 64.8378, longitude: -147.7164, timeZone: 'America/Anchorage' };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

type Json = Record<string, any>;

/** The HSDS JSON fixture under new ids (the same fixture may be kept by another spec's agency), one id for each. */
function freshIds(content: string): { content: string; id: (fixtureId: string) => string } {
  const ids = new Map<string, string>();
  const id = (fixtureId: string) => {
    const fresh = ids.get(fixtureId) ?? randomUUID();
    ids.set(fixtureId, fresh);
    return fresh;
  };
  return { content: content.replace(UUID, id), id };
}

const PANTRY = 'a2000000-0000-4000-8000-000000000001';
const SHELTER = 'a2000000-0000-4000-8000-000000000002';
const HARBOR_LIGHT = 'a1000000-0000-4000-8000-000000000001';
const PANTRY_AT_CENTER = 'a4000000-0000-4000-8000-000000000001';
const DIAPER_BANK = 'b4000000-0000-4000-8000-000000000002';
const FIXTURE_TAXONOMY = 'b5000000-0000-4000-8000-000000000001';

describe('the resource directory over the HSDS 3.0 API', () => {
  let t: TestApp;
  let riverside: TestAgency;
  let lakeside: TestAgency;
  let admin: Worker;
  let caseManager: Worker;
  let stranger: Worker;
  /** Riverside's shared copy of the fixture, and Lakeside's private one. */
  let shared: (fixtureId: string) => string;
  let hidden: (fixtureId: string) => string;
  let pagingOrganization: string;
  let pagingServices: string[];
  const marker = `Qz${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_SQL_STATEMENTS: 'true' });
    riverside = await newAgency(t);
    lakeside = await newAgency(t);
    ({ admin, caseManager, stranger } = await staff(t, { admin: riverside.admin, caseManager: [riverside, 'CASE_MANAGER'], stranger: lakeside.admin }));
    shared = await importFixture(admin.token, 'SHARED');
    hidden = await importFixture(stranger.token, 'PRIVATE');
    const services = Array.from({ length: 12 }, (_, i) => ({
      name: `${marker} service ${String(i + 1).padStart(2, '0')}`,
      at: [i, i] as [number, number],
      hours: [[['MO', 'WE', 'FR'], '09:00', '17:00']] as [('MO' | 'WE' | 'FR')[], string, string][],
      languages: i % 2 ? ['en', 'es'] : ['en'],
      categories: i % 3 ? ['food-pantry'] : ['meals'],
    }));
    const byName = await addDirectory(t, FAIRBANKS, { name: `${marker} Mutual Aid`, keeperId: riverside.id, visibility: 'SHARED' }, services);
    pagingServices = services.map((service) => byName[service.name]);
    [{ id: pagingOrganization }] = await t.db.query(`SELECT id::text FROM organization WHERE name = $1`, [`${marker} Mutual Aid`]);
  }, 120_000);
  afterAll(() => t.close());

  /** Imports the HSDS JSON fixture (under fresh ids) into the agency of the admin's token, and waits for it. */
  async function importFixture(token: string, visibility: 'SHARED' | 'PRIVATE') {
    const [file] = hsdsFixture('valid.hsds.json');
    const { content, id } = freshIds(file.content);
    const res = await t.gql(IMPORT_DIRECTORY, { input: { format: 'HSDS_JSON', visibility, files: [{ name: file.name, content }] } }, { token });
    expect(res.errors).toBeUndefined();
    for (let attempt = 0; attempt < 600; attempt++) {
      const polled = (await t.gql(DIRECTORY_IMPORT, { id: res.data!.importDirectory.id }, { token })).data!.directoryImport;
      if (polled.status !== 'RUNNING') {
        expect(polled).toMatchObject({ status: 'DONE', rowsRejected: 0 });
        return id;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  /** GET on the HSDS API, as the holder of `token` (none: anonymous). */
  function get(path: string, token?: string) {
    const req = request(t.app.getHttpAdapter().getInstance().server).get(`/hsds${path}`);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  }

  /** A 200 answer, valid against its HSDS schema. */
  async function valid(shape: HsdsShape, path: string, token = caseManager.token): Promise<Json> {
    const res = await get(path, token);
    expect([path, res.status]).toEqual([path, 200]);
    expect(hsdsProblems(shape, res.body)).toEqual([]);
    return res.body;
  }

  it('says which HSDS version it serves', async () => {
    const about = await valid('api_meta', '');
    expect(about).toMatchObject({ version: '3.0', publisher: { name: 'Waymark' } });
  });

  it('serves a fully nested service valid against the HSDS service schema, with everything the import kept', async () => {
    const service = await valid('service', `/services/${shared(PANTRY)}`);
    expect(service).toMatchObject({ id: shared(PANTRY), name: 'Harbor Light Food Pantry', status: 'active', minimum_age: 18, assured_date: '2026-10-01' });
    // A field Waymark has no value for is left out, never null (the schema types it as a string or a number).
    expect(service).not.toHaveProperty('maximum_age');
    expect(service.organization).toMatchObject({ id: shared(HARBOR_LIGHT), name: 'Harbor Light Community Services', year_incorporated: 1988 });
    expect(service.organization.phones.map((phone: Json) => phone.number)).toEqual(['951-555-0100']);
    const [link] = service.service_at_locations;
    expect(link).toMatchObject({ id: shared(PANTRY_AT_CENTER), description: 'Pantry at the main center' });
    expect(link.location).toMatchObject({ location_type: 'physical', name: 'Harbor Light Center', latitude: 33.9533 });
    expect(link.location.addresses[0]).toMatchObject({ address_1: '4500 Main Street', city: 'Riverside', country: 'US', address_type: 'physical' });
    expect(service.phones[0]).toMatchObject({ number: '951-555-0101', extension: 12 });
    expect(service.phones[0].languages.map((language: Json) => language.code)).toEqual(['es']);
    expect(service.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:30' });
    expect(service.languages.map((language: Json) => language.code).sort()).toEqual(['en', 'es']);
    expect(service.attributes.map((attribute: Json) => attribute.taxonomy_term.code).sort()).toEqual(['food-pantry', 'hsds-fixture-diaper-bank']);
    const diapers = service.attributes.find((attribute: Json) => attribute.taxonomy_term.code === 'hsds-fixture-diaper-bank');
    expect(diapers.taxonomy_term.taxonomy_detail).toMatchObject({ id: shared(FIXTURE_TAXONOMY), name: 'hsds-fixture-taxonomy' });

    const shelter = await valid('service', `/services/${shared(SHELTER)}`);
    expect(shelter.capacities).toHaveLength(1);
  });

  it('rejects a broken record: the schemas can fail', async () => {
    const service = await valid('service', `/services/${shared(PANTRY)}`);
    const broken = { ...service, status: 'open', organization: { ...service.organization, description: null }, name: undefined };
    const problems = hsdsProblems('service', JSON.parse(JSON.stringify(broken)));
    expect(problems.some((line) => line.includes("must have required property 'name'"))).toBe(true);
    expect(problems.some((line) => line.startsWith('service/status must be equal to one of the allowed values'))).toBe(true);
    expect(problems.some((line) => line.startsWith('service/organization/description must be string'))).toBe(true);
    expect(hsdsProblems('page:service', { total_items: 1, contents: [] })).not.toEqual([]);
    expect(hsdsProblems('service', { ...service, id: 'not-a-uuid' })).toEqual([expect.stringContaining('must match format "uuid"')]);
  });

  it('lists services a page at a time with the HSDS page shape, each page valid, the totals right', async () => {
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await valid('page:service', `/services?organization_id=${pagingOrganization}&per_page=5&page=${page}`));
    expect(pages.map(({ total_items, total_pages, page_number, size, first_page, last_page, empty }) => ({ total_items, total_pages, page_number, size, first_page, last_page, empty }))).toEqual([
      { total_items: 12, total_pages: 3, page_number: 1, size: 5, first_page: true, last_page: false, empty: false },
      { total_items: 12, total_pages: 3, page_number: 2, size: 5, first_page: false, last_page: false, empty: false },
      { total_items: 12, total_pages: 3, page_number: 3, size: 2, first_page: false, last_page: true, empty: false },
    ]);
    const listed = pages.flatMap((page) => page.contents.map((service: Json) => service.id));
    expect(listed).toEqual(pagingServices);
    // A list entry carries its one-to-one organization.
    expect(pages[0].contents[0].organization).toMatchObject({ id: pagingOrganization, name: `${marker} Mutual Aid` });

    const beyond = await valid('page:service', `/services?organization_id=${pagingOrganization}&per_page=5&page=4`);
    expect(beyond).toMatchObject({ total_items: 12, size: 0, empty: true, last_page: true, contents: [] });
    const full = await valid('page:service', `/services?organization_id=${pagingOrganization}&per_page=12&full=true`);
    expect(full.contents[11].service_at_locations[0].location.addresses).toHaveLength(1);
    // Written a row per weekday with ids of their own, the openings are three schedules.
    expect(full.contents[0].schedules.map((schedule: Json) => schedule.byday).sort()).toEqual(['FR', 'MO', 'WE']);
  });

  it('filters services by search, taxonomy term (with its children), taxonomy, organization and modification time', async () => {
    const ids = async (query: string) => (await valid('page:service', `/services?${query}`)).contents.map((service: Json) => service.id);
    const org = `organization_id=${shared(HARBOR_LIGHT)}`;
    expect(await ids(org)).toEqual([shared(PANTRY), shared(SHELTER)]);
    expect(await ids(`${org}&search=pantry`)).toEqual([shared(PANTRY)]);
    expect(await ids(`${org}&search=${encodeURIComponent('night shelter')}`)).toEqual([shared(SHELTER)]);
    const [food] = await t.db.query(`SELECT id::text FROM taxonomy_term WHERE code = 'food' AND agency_id IS NULL`);
    expect(await ids(`${org}&taxonomy_term_id=${food.id}`)).toEqual([shared(PANTRY)]);
    expect(await ids(`taxonomy_id=${shared(FIXTURE_TAXONOMY)}`)).toEqual([shared(PANTRY)]);
    expect(await ids(`${org}&modified_after=2000-01-01`)).toHaveLength(2);
    expect(await ids(`${org}&modified_after=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`)).toEqual([]);
    expect((await ids(`search=${marker}&per_page=200`)).sort()).toEqual([...pagingServices].sort());
    // A term is chosen with its taxonomy: another taxonomy's term of the same code does not match,
    // and a term the reader may not read (another agency's) matches nothing.
    const byTerm = async (token: string) => (await valid('page:service', `/services?taxonomy_term_id=${hidden(DIAPER_BANK)}`, token)).contents.map((service: Json) => service.id);
    expect(await byTerm(stranger.token)).toEqual([hidden(PANTRY)]);
    expect(await byTerm(caseManager.token)).toEqual([]);
  });

  it('serves organizations, simple in the list and nested by id, with their services full on asking', async () => {
    const list = await valid('page:organization', `/organizations?search=${marker}`);
    expect(list).toMatchObject({ total_items: 1, contents: [{ id: pagingOrganization, name: `${marker} Mutual Aid`, description: '' }] });
    expect(list.contents[0]).not.toHaveProperty('services');

    const organization = await valid('organization', `/organizations/${shared(HARBOR_LIGHT)}`);
    expect(organization.services.map((service: Json) => service.id)).toEqual([shared(PANTRY), shared(SHELTER)]);
    expect(organization.services[0]).not.toHaveProperty('service_at_locations');
    expect(organization.phones.map((phone: Json) => phone.number)).toEqual(['951-555-0100']);
    expect(organization.locations.map((location: Json) => location.name)).toContain('Harbor Light Center');

    const full = await valid('organization', `/organizations/${shared(HARBOR_LIGHT)}?full_service=true`);
    expect(full.services[0].service_at_locations[0].location.name).toBe('Harbor Light Center');
    const nested = await valid('page:organization', `/organizations?search=${marker}&full=true`);
    expect(nested.contents[0].services).toHaveLength(12);
    const tagged = await valid('page:organization', `/organizations?taxonomy_id=${shared(FIXTURE_TAXONOMY)}`);
    expect(tagged.contents.map((entry: Json) => entry.id)).toEqual([shared(HARBOR_LIGHT)]);
  });

  it('serves services at locations, with the location and the service nested', async () => {
    const list = await valid('page:service_at_location', `/service_at_locations?organization_id=${pagingOrganization}&per_page=4`);
    expect(list).toMatchObject({ total_items: 12, total_pages: 3, size: 4 });
    expect(list.contents[0].location.addresses[0].city).toBe('Fixture City');
    expect(list.contents[0].service).toMatchObject({ id: pagingServices[0], organization: { id: pagingOrganization } });
    const link = await valid('service_at_location', `/service_at_locations/${shared(PANTRY_AT_CENTER)}`);
    expect(link).toMatchObject({ service_id: shared(PANTRY), location: { name: 'Harbor Light Center' }, service: { id: shared(PANTRY) } });
    expect(link.service.service_at_locations).toHaveLength(1);
  });

  it('serves the taxonomies and terms an agency reads: the global ones and its own, never another agency’s', async () => {
    const taxonomies = await valid('page:taxonomy', '/taxonomies?per_page=200');
    const names = taxonomies.contents.map((taxonomy: Json) => taxonomy.name);
    expect(names).toEqual(expect.arrayContaining(['waymark', 'hsds-fixture-taxonomy']));
    expect(taxonomies.contents.map((taxonomy: Json) => taxonomy.id)).not.toContain(hidden(FIXTURE_TAXONOMY));
    await valid('taxonomy', `/taxonomies/${shared(FIXTURE_TAXONOMY)}`);

    const own = await valid('page:taxonomy_term', `/taxonomy_terms?taxonomy_id=${shared(FIXTURE_TAXONOMY)}`);
    expect(own.contents).toEqual([expect.objectContaining({ id: shared(DIAPER_BANK), code: 'hsds-fixture-diaper-bank', taxonomy: 'hsds-fixture-taxonomy' })]);
    const term = await valid('taxonomy_term', `/taxonomy_terms/${shared(DIAPER_BANK)}`);
    expect(term.taxonomy_detail).toMatchObject({ id: shared(FIXTURE_TAXONOMY) });
    const top = await valid('page:taxonomy_term', '/taxonomy_terms?top_only=true&per_page=200');
    expect(top.contents.every((entry: Json) => entry.parent_id === undefined)).toBe(true);
    expect(top.contents.map((entry: Json) => entry.code)).toContain('basic-needs');
    const [food] = await t.db.query(`SELECT id::text FROM taxonomy_term WHERE code = 'food' AND agency_id IS NULL`);
    const children = await valid('page:taxonomy_term', `/taxonomy_terms?parent_id=${food.id}`);
    expect(children.contents.map((entry: Json) => entry.code)).toEqual(expect.arrayContaining(['food-pantry', 'meals']));

    expect((await get(`/taxonomy_terms/${hidden(DIAPER_BANK)}`, caseManager.token)).status).toBe(404);
    expect((await get(`/taxonomies/${hidden(FIXTURE_TAXONOMY)}`, caseManager.token)).status).toBe(404);
  });

  it('answers 404 for another agency’s private entry, as for an id nobody keeps, and lists none of it', async () => {
    for (const path of [`/services/${hidden(PANTRY)}`, `/organizations/${hidden(HARBOR_LIGHT)}`, `/service_at_locations/${hidden(PANTRY_AT_CENTER)}`, `/services/${randomUUID()}`, '/services/not-an-id']) {
      const res = await get(path, caseManager.token);
      expect([path, res.status, res.body.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
    const listed = await valid('page:service', `/services?organization_id=${hidden(HARBOR_LIGHT)}`);
    expect(listed).toMatchObject({ total_items: 0, total_pages: 0, empty: true, contents: [] });
    // Its keeper reads it.
    await valid('service', `/services/${hidden(PANTRY)}`, stranger.token);
    expect((await valid('page:service', `/services?organization_id=${hidden(HARBOR_LIGHT)}`, stranger.token)).total_items).toBe(2);
  });

  it('answers 400 naming each bad parameter, and reads nothing', async () => {
    const cases: [string, string][] = [
      ['/services?per_page=0', 'per_page'],
      ['/services?per_page=201', 'per_page'],
      ['/services?page=abc', 'page'],
      ['/services?page=1&page=2', 'page'],
      ['/services?full=yes', 'full'],
      ['/services?organization_id=42', 'organization_id'],
      ['/services?modified_after=yesterday', 'modified_after'],
      ['/services?sort=name', 'sort'],
      ['/services?minimal=true', 'minimal'],
      ['/services?format=ndjson', 'format'],
      ['/service_at_locations?postcode=92501', 'postcode'],
      ['/taxonomy_terms?top_only=1', 'top_only'],
      ['/organizations?organization_id=' + pagingOrganization, 'organization_id'],
      [`/services/${shared(PANTRY)}?full=true`, 'full'],
      [`/services?search=${'x'.repeat(201)}`, 'search'],
    ];
    for (const [path, field] of cases) {
      const res = await get(path, caseManager.token);
      expect([path, res.status, res.body.code, res.body.fields?.map((problem: Json) => problem.field)]).toEqual([path, 400, 'BAD_USER_INPUT', [field]]);
    }
    const spy = jest.spyOn(t.db.logger, 'logQuery');
    await get('/services?per_page=0', caseManager.token);
    // Only the session lookup of the token: no directory query ran.
    expect(spy.mock.calls.map(([sql]) => sql).filter((sql) => /\bservice\b/.test(sql))).toEqual([]);
    spy.mockRestore();
    // The defaults the specification names pass.
    await valid('page:service', '/services?minimal=false&format=json&per_page=1');
  });

  it('refuses a caller without a valid token', async () => {
    for (const path of ['', '/services', `/services/${shared(PANTRY)}`, '/taxonomy_terms']) {
      const res = await get(path);
      expect([path, res.status, res.body.code]).toEqual([path, 401, 'UNAUTHENTICATED']);
    }
    expect((await get('/services', 'not-a-token')).status).toBe(401);
  });

  it('serves API clients with directory:read, and refuses one without it', async () => {
    const reader = await createApiClient(t, admin.token, { scopes: ['directory:read'] });
    await valid('service', `/services/${shared(PANTRY)}`, reader.token);
    const { status } = await get(`/services/${hidden(PANTRY)}`, reader.token);
    expect(status).toBe(404);
    const other = await createApiClient(t, admin.token, { scopes: ['client:read'] });
    const refused = await get('/services', other.token);
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('reads a page in the same number of SQL statements for 2 entries as for 12', async () => {
    const statements = async (path: string) => {
      const res = await get(path, caseManager.token);
      expect(res.status).toBe(200);
      return Number(res.headers['x-sql-statements']);
    };
    for (const list of ['/services', '/service_at_locations']) {
      for (const full of ['false', 'true']) {
        const two = await statements(`${list}?organization_id=${pagingOrganization}&per_page=2&full=${full}`);
        const twelve = await statements(`${list}?organization_id=${pagingOrganization}&per_page=12&full=${full}`);
        expect([list, full, twelve]).toEqual([list, full, two]);
      }
    }
    const organizations = (per: number) => statements(`/organizations?search=${encodeURIComponent('Harbor Light')}&per_page=${per}&full=true&full_service=true`);
    expect(await organizations(1)).toBe(await organizations(20));
    // The session, the count and the page, then each kind of nested record once for the page.
    expect(await statements(`/services?organization_id=${pagingOrganization}&per_page=12&full=true`)).toBeLessThanOrEqual(20);
  });
});
