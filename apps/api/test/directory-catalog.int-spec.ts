import { RequestContext } from '@waymark/api/common';
import { DirectoryServices } from '@waymark/api/resource-directory';
import { ClsService } from 'nestjs-cls';
import { auditRowsOf, ok, staff, type Worker } from './support/client-fixtures';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const SERVICE_PAGE = `query ($id: ID!) { directoryService(id: $id) {
  id version name alternateName description url email status minimumAge maximumAge eligibilityDescription feesDescription
  applicationProcess interpretationServices keywords alert lastVerifiedOn editable requiredDocuments serviceAreas
  organization { id name visibility editable waymarkAgency { id name } phones { number } }
  locations { id name latitude longitude timeZone transportation address { line1 line2 city region stateProvince postalCode country } phones { number type } }
  phones { number extension type description }
  openingHours { weekday opensAt closesAt description }
  languages { code name }
  costOptions { option amount currency amountDescription }
  categories { code name nameEs parentCode path }
  capacity { unit available maximum description updatedAt }
} }`;

const ORGANIZATION_PAGE = `query ($id: ID!) { directoryOrganization(id: $id) {
  id name editable
  services { id name status editable phones { number } openingHours { weekday opensAt } languages { code } requiredDocuments
    costOptions { amount } serviceAreas categories { code } capacity { unit available } locations { id address { city } } }
  locations { id name address { line1 city } phones { number } }
} }`;

const CREATE_ORGANIZATION = `mutation ($input: CreateDirectoryOrganizationInput!) { createDirectoryOrganization(input: $input) { id version name visibility editable waymarkAgency { id name } } }`;
const UPDATE_ORGANIZATION = `mutation ($input: UpdateDirectoryOrganizationInput!) { updateDirectoryOrganization(input: $input) { id version name visibility } }`;
const CREATE_LOCATION = `mutation ($input: CreateDirectoryLocationInput!) { createDirectoryLocation(input: $input) { id version name latitude longitude timeZone } }`;
const UPDATE_LOCATION = `mutation ($input: UpdateDirectoryLocationInput!) { updateDirectoryLocation(input: $input) { id version name latitude longitude } }`;
const CREATE_SERVICE = `mutation ($input: CreateDirectoryServiceInput!) { createDirectoryService(input: $input) { id version name status editable } }`;
const UPDATE_SERVICE = `mutation ($input: UpdateDirectoryServiceInput!) { updateDirectoryService(input: $input) { id version name categories { code } openingHours { weekday opensAt closesAt } } }`;
const RECORD_CAPACITY = `mutation ($input: RecordServiceCapacityInput!) { recordServiceCapacity(input: $input) { id capacity { unit available maximum } } }`;
const ORGANIZATIONS = `query ($search: String, $first: Int, $after: String) { directoryOrganizations(search: $search, first: $first, after: $after) {
  edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;

const PANTRY = {
  name: ' Lakeview Food Pantry ',
  alternateName: 'Despensa Lakeview',
  description: 'Groceries once a week for families in the county.',
  url: 'https://lakeview.example.org/pantry',
  email: 'pantry@lakeview.example.org',
  interpretationServices: 'Spanish on site; phone interpreters for other languages',
  applicationProcess: 'Walk in with an ID; no appointment needed.',
  feesDescription: 'Free',
  eligibilityDescription: 'County residents',
  minimumAge: 18,
  maximumAge: 120,
  alert: 'Closed on Thanksgiving',
  keywords: ['groceries', 'comida'],
  lastVerifiedOn: '2026-11-01',
  categories: ['food-pantry', 'meals'],
  languages: [{ code: 'es', name: 'Spanish' }, { code: 'en', name: 'English' }],
  openingHours: [
    { weekday: 'TH', opensAt: '13:00', closesAt: '17:00' },
    { weekday: 'MO', opensAt: '09:00', closesAt: '12:00', description: 'Seniors first hour' },
  ],
  requiredDocuments: ['Photo ID', 'Proof of address'],
  costOptions: [{ option: 'Weekly box', amount: 0, currency: 'USD', amountDescription: 'free' }],
  serviceAreas: ['Riverside County'],
  phones: [{ number: '(951) 555-0100', extension: '12', type: 'voice', description: 'Front desk' }],
};

describe('directory catalog', () => {
  let t: TestApp;
  let lakeside: TestAgency;
  let riverside: TestAgency;
  let lakesideAdmin: Worker;
  let lakesideWorker: Worker;
  let riversideAdmin: Worker;
  let riversideWorker: Worker;

  beforeAll(async () => {
    t = await startTestApp();
    [lakeside, riverside] = [await newAgency(t), await newAgency(t)];
    ({ lakesideAdmin, lakesideWorker, riversideAdmin, riversideWorker } = await staff(t, {
      lakesideAdmin: lakeside.admin,
      lakesideWorker: [lakeside, 'CASE_MANAGER'],
      riversideAdmin: riverside.admin,
      riversideWorker: [riverside, 'CASE_MANAGER'],
    }));
  });
  afterAll(() => t.close());

  const as = (who: Worker) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: who.token });
  const auditCount = async () => Number((await t.db.query(`SELECT count(*) FROM audit_event WHERE entity_type LIKE 'Directory%'`))[0].count);
  const serviceRow = async (id: string) => (await t.db.query(`SELECT name, version, minimum_age, maximum_age FROM service WHERE id = $1`, [id]))[0];

  /** A SHARED organization kept by Lakeside (the agency on Waymark it is), a location and the pantry service there. */
  async function sharedPantry(visibility = 'SHARED') {
    const organization = await ok(as(lakesideAdmin)(CREATE_ORGANIZATION, { input: { name: `Lakeside Family Services ${visibility}`, visibility, waymarkAgencyId: lakeside.id, phones: [{ number: '951-555-0199' }] } }));
    const location = await ok(
      as(lakesideAdmin)(CREATE_LOCATION, {
        input: {
          organizationId: organization.id,
          name: 'Main office',
          transportation: 'Bus 12 stops in front',
          latitude: 33.95,
          longitude: -117.39,
          timeZone: 'America/Los_Angeles',
          address: { line1: '100 Main St', city: 'Riverside', region: 'Riverside County', stateProvince: 'CA', postalCode: '92501' },
          phones: [{ number: '951-555-0101', type: 'voice' }],
        },
      }),
    );
    const service = await ok(as(lakesideAdmin)(CREATE_SERVICE, { input: { ...PANTRY, organizationId: organization.id, locationIds: [location.id] } }));
    return { organization, location, service };
  }

  it('lists the category tree, each parent before its children, in English and Spanish', async () => {
    const terms = await ok<{ code: string; parentCode: string | null; path: string[]; nameEs: string }[]>(as(riversideWorker)('{ taxonomyTerms { code name nameEs parentCode path } }'));
    const at = (code: string) => terms.findIndex((term) => term.code === code);
    expect(terms.find((term) => term.code === 'food-pantry')).toMatchObject({ parentCode: 'food', path: ['basic-needs', 'food', 'food-pantry'], nameEs: 'Despensa de alimentos' });
    expect(at('basic-needs')).toBeLessThan(at('food'));
    expect(at('food')).toBeLessThan(at('food-pantry'));
  });

  it('lets an admin build an organization, a location and a service, and shows every agency the whole shared service page', async () => {
    const { organization, location, service } = await sharedPantry();
    expect(organization).toMatchObject({ version: 1, visibility: 'SHARED', editable: true, waymarkAgency: { id: lakeside.id } });
    expect(service).toMatchObject({ version: 1, name: 'Lakeview Food Pantry', status: 'ACTIVE', editable: true });

    const page = await ok(as(riversideWorker)(SERVICE_PAGE, { id: service.id }));
    expect(page).toMatchObject({
      name: 'Lakeview Food Pantry',
      alternateName: 'Despensa Lakeview',
      status: 'ACTIVE',
      minimumAge: 18,
      maximumAge: 120,
      keywords: ['groceries', 'comida'],
      lastVerifiedOn: '2026-11-01',
      editable: false,
      requiredDocuments: ['Photo ID', 'Proof of address'],
      serviceAreas: ['Riverside County'],
      organization: { id: organization.id, visibility: 'SHARED', editable: false, waymarkAgency: { id: lakeside.id }, phones: [{ number: '951-555-0199' }] },
      locations: [
        {
          id: location.id,
          latitude: 33.95,
          longitude: -117.39,
          timeZone: 'America/Los_Angeles',
          transportation: 'Bus 12 stops in front',
          address: { line1: '100 Main St', line2: null, city: 'Riverside', region: 'Riverside County', stateProvince: 'CA', postalCode: '92501', country: 'US' },
          phones: [{ number: '951-555-0101', type: 'voice' }],
        },
      ],
      phones: [{ number: '(951) 555-0100', extension: '12', type: 'voice', description: 'Front desk' }],
      openingHours: [
        { weekday: 'MO', opensAt: '09:00', closesAt: '12:00', description: 'Seniors first hour' },
        { weekday: 'TH', opensAt: '13:00', closesAt: '17:00', description: null },
      ],
      languages: [{ code: 'en', name: 'English' }, { code: 'es', name: 'Spanish' }],
      costOptions: [{ option: 'Weekly box', amount: 0, currency: 'USD', amountDescription: 'free' }],
      capacity: [],
    });
    expect(page.categories.map((term: { code: string }) => term.code)).toEqual(['food-pantry', 'meals']);
    expect((await ok(as(lakesideWorker)(SERVICE_PAGE, { id: service.id }))).editable).toBe(false);
    expect((await ok(as(lakesideAdmin)(SERVICE_PAGE, { id: service.id }))).editable).toBe(true);
  });

  it('audits every write with its fields, and no read', async () => {
    const before = await auditCount();
    const { organization, service } = await sharedPantry();
    await ok(as(riversideWorker)(SERVICE_PAGE, { id: service.id }));
    expect(await auditCount()).toBe(before + 3);
    const [created] = await auditRowsOf(t, service.id);
    expect(created).toMatchObject({ action: 'CREATE', entity_type: 'DirectoryService', actor_id: lakeside.admin.id });
    expect(created.changes.name).toEqual({ to: 'Lakeview Food Pantry' });
    expect(created.changes.categories).toEqual({ to: ['food-pantry', 'meals'] });
    expect((await auditRowsOf(t, organization.id))[0]).toMatchObject({ action: 'CREATE', entity_type: 'DirectoryOrganization' });

    await ok(as(lakesideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 1, name: 'Lakeview Pantry', categories: ['food-pantry'] } }));
    const [, updated] = await auditRowsOf(t, service.id);
    expect(updated).toMatchObject({ action: 'UPDATE', entity_type: 'DirectoryService' });
    expect(updated.changes).toEqual({
      name: { from: 'Lakeview Food Pantry', to: 'Lakeview Pantry' },
      categories: { from: ['food-pantry', 'meals'], to: ['food-pantry'] },
    });
  });

  it('shows a private organization and its services only to the agency that keeps it', async () => {
    const { organization, service } = await sharedPantry('PRIVATE');
    expect((await ok(as(lakesideWorker)(SERVICE_PAGE, { id: service.id }))).name).toBe('Lakeview Food Pantry');
    for (const [query, id] of [
      [SERVICE_PAGE, service.id],
      [ORGANIZATION_PAGE, organization.id],
    ]) {
      const res = await as(riversideWorker)(query, { id });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res.data)).not.toContain('Lakeview');
    }
    const edit = await as(riversideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 1, name: 'Taken over' } });
    expect(codeOf(edit)).toBe('NOT_FOUND');
    expect(codeOf(await as(riversideAdmin)(CREATE_SERVICE, { input: { organizationId: organization.id, name: 'Planted' } }))).toBe('NOT_FOUND');
  });

  it('tells other contexts a service the caller sees, with the agency on Waymark that receives referrals to it', async () => {
    const shared = await sharedPantry();
    const hidden = await sharedPantry('PRIVATE');
    const summary = (who: Worker, serviceId: string) =>
      t.app.get(ClsService).run(() => {
        t.app.get(RequestContext).setPrincipal({ actorType: 'USER', id: who.id, agencyId: who.agencyId, role: who.role, sessionId: who.id, mustChangePassword: false });
        return t.app.get(DirectoryServices).summary(serviceId);
      });
    expect(await summary(riversideWorker, shared.service.id)).toEqual({
      id: shared.service.id,
      name: 'Lakeview Food Pantry',
      organizationName: shared.organization.name,
      waymarkAgencyId: lakeside.id,
      status: 'ACTIVE',
    });
    expect(await summary(riversideWorker, hidden.service.id)).toBeNull();
    expect(await summary(lakesideWorker, hidden.service.id)).toMatchObject({ id: hidden.service.id });
    expect(await summary(riversideWorker, 'not-a-uuid')).toBeNull();
  });

  it('lets only an admin of the keeping agency edit a shared entry', async () => {
    const { organization, location, service } = await sharedPantry();
    const before = await auditCount();
    expect(codeOf(await as(riversideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 1, name: 'Taken over' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as(riversideAdmin)(UPDATE_ORGANIZATION, { input: { id: organization.id, version: 1, visibility: 'PRIVATE' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as(riversideAdmin)(UPDATE_LOCATION, { input: { id: location.id, version: 1, name: 'Elsewhere' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as(riversideAdmin)(CREATE_LOCATION, { input: { organizationId: organization.id, name: 'Annex' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as(riversideAdmin)(RECORD_CAPACITY, { input: { serviceId: service.id, unit: 'boxes', available: 0 } }))).toBe('FORBIDDEN');
    expect(codeOf(await as(lakesideWorker)(UPDATE_SERVICE, { input: { id: service.id, version: 1, name: 'Taken over' } }))).toBe('FORBIDDEN');
    expect(await serviceRow(service.id)).toMatchObject({ name: 'Lakeview Food Pantry', version: 1 });
    expect(await auditCount()).toBe(before);
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const { organization, location, service } = await sharedPantry();
    const before = await auditCount();
    const cases: [string, Record<string, unknown>, string][] = [
      [UPDATE_SERVICE, { id: service.id, version: 1, categories: ['food-pantry', 'unicorn-rides'] }, 'categories'],
      [UPDATE_SERVICE, { id: service.id, version: 1, minimumAge: 65, maximumAge: 18 }, 'maximumAge'],
      [UPDATE_SERVICE, { id: service.id, version: 1, minimumAge: 130 }, 'maximumAge'],
      [UPDATE_SERVICE, { id: service.id, version: 1, maximumAge: 200 }, 'maximumAge'],
      [UPDATE_SERVICE, { id: service.id, version: 1, name: '   ' }, 'name'],
      [UPDATE_SERVICE, { id: service.id, version: 1, name: null }, 'name'],
      [UPDATE_SERVICE, { id: service.id, version: 1, name: 'x'.repeat(301) }, 'name'],
      [UPDATE_SERVICE, { id: service.id, version: 1, openingHours: [{ weekday: 'MO', opensAt: '17:00', closesAt: '09:00' }] }, 'openingHours.0.closesAt'],
      [UPDATE_SERVICE, { id: service.id, version: 1, openingHours: [{ weekday: 'MO', opensAt: '9am', closesAt: '17:00' }] }, 'openingHours.0.opensAt'],
      [
        UPDATE_SERVICE,
        { id: service.id, version: 1, openingHours: [{ weekday: 'MO', opensAt: '09:00', closesAt: '12:00' }, { weekday: 'MO', opensAt: '11:00', closesAt: '14:00' }] },
        'openingHours.1',
      ],
      [UPDATE_SERVICE, { id: service.id, version: 1, languages: [{ code: 'Spanish' }] }, 'languages.0.code'],
      [UPDATE_SERVICE, { id: service.id, version: 1, requiredDocuments: ['ID', ' '] }, 'requiredDocuments'],
      [UPDATE_SERVICE, { id: service.id, version: 1, email: 'not-an-email' }, 'email'],
      [UPDATE_SERVICE, { id: service.id, version: 1, locationIds: ['00000000-0000-4000-8000-000000000000'] }, 'locationIds'],
      [UPDATE_LOCATION, { id: location.id, version: 1, longitude: null }, 'longitude'],
      [UPDATE_LOCATION, { id: location.id, version: 1, latitude: 95, longitude: 0 }, 'latitude'],
      [UPDATE_LOCATION, { id: location.id, version: 1, timeZone: 'Mars/Olympus' }, 'timeZone'],
      [UPDATE_ORGANIZATION, { id: organization.id, version: 1, waymarkAgencyId: riverside.id }, 'waymarkAgencyId'],
      [UPDATE_ORGANIZATION, { id: organization.id, version: 1, waymarkAgencyId: '00000000-0000-4000-8000-000000000000' }, 'waymarkAgencyId'],
      [UPDATE_ORGANIZATION, { id: organization.id, version: 1, website: 'not a site' }, 'website'],
      [UPDATE_SERVICE, { id: service.id, version: 1, url: 'javascript:alert(document.cookie)' }, 'url'],
      [UPDATE_LOCATION, { id: location.id, version: 1, url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
    ];
    for (const [mutation, input, field] of cases) {
      const res = await as(lakesideAdmin)(mutation, { input });
      expect({ input, code: codeOf(res) }).toEqual({ input, code: 'BAD_USER_INPUT' });
      const fields = (res.errors?.[0].extensions.fields as { field: string }[] | undefined)?.map((problem) => problem.field);
      expect({ input, fields }).toEqual({ input, fields: expect.arrayContaining([field]) });
    }
    const unknown = await as(lakesideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 1, categories: ['unicorn-rides'] } });
    expect(unknown.errors?.[0].message).toContain('unicorn-rides');
    expect(await serviceRow(service.id)).toMatchObject({ name: 'Lakeview Food Pantry', version: 1, minimum_age: 18 });
    const page = await ok(as(lakesideAdmin)(SERVICE_PAGE, { id: service.id }));
    expect(page.categories.map((term: { code: string }) => term.code).sort()).toEqual(['food-pantry', 'meals']);
    expect(page.openingHours).toHaveLength(2);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a stale version with CONFLICT, and a resend of the same values is no change', async () => {
    const { organization, location, service } = await sharedPantry();
    const updated = await ok(as(lakesideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 1, openingHours: [{ weekday: 'SA', opensAt: '10:00', closesAt: '14:00' }] } }));
    expect(updated).toMatchObject({ version: 2, openingHours: [{ weekday: 'SA', opensAt: '10:00', closesAt: '14:00' }] });
    const before = await auditCount();
    expect(codeOf(await as(lakesideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 1, name: 'Stale' } }))).toBe('CONFLICT');
    expect(codeOf(await as(lakesideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 1, serviceAreas: ['Anywhere'] } }))).toBe('CONFLICT');
    expect(codeOf(await as(lakesideAdmin)(UPDATE_ORGANIZATION, { input: { id: organization.id, version: 7, name: 'Stale' } }))).toBe('CONFLICT');
    expect(codeOf(await as(lakesideAdmin)(UPDATE_LOCATION, { input: { id: location.id, version: 2, name: 'Stale' } }))).toBe('CONFLICT');
    const same = await ok(as(lakesideAdmin)(UPDATE_SERVICE, { input: { id: service.id, version: 2, name: 'Lakeview Food Pantry', categories: ['meals', 'food-pantry'] } }));
    expect(same.version).toBe(2);
    expect(await serviceRow(service.id)).toMatchObject({ name: 'Lakeview Food Pantry', version: 2 });
    expect(await auditCount()).toBe(before);

    const moved = await ok(as(lakesideAdmin)(UPDATE_LOCATION, { input: { id: location.id, version: 1, name: 'New office', address: { line1: '200 Oak Ave', city: 'Riverside', stateProvince: 'CA', postalCode: '92502' } } }));
    expect(moved).toMatchObject({ version: 2, name: 'New office' });
    const renamed = await ok(as(lakesideAdmin)(UPDATE_ORGANIZATION, { input: { id: organization.id, version: 1, visibility: 'PRIVATE', phones: [] } }));
    expect(renamed).toMatchObject({ version: 2, visibility: 'PRIVATE' });
    const [, change] = await auditRowsOf(t, organization.id);
    expect(change.changes).toEqual({ visibility: { from: 'SHARED', to: 'PRIVATE' }, phones: { from: [{ number: '951-555-0199', extension: null, type: null, description: null }], to: [] } });
    const page = await ok(as(lakesideAdmin)(SERVICE_PAGE, { id: service.id }));
    expect(page.locations[0].address).toMatchObject({ line1: '200 Oak Ave', postalCode: '92502' });
    expect(page.organization.phones).toEqual([]);
  });

  it("finds a service by its organization's new name once the organization is renamed", async () => {
    const { organization, service } = await sharedPantry();
    await ok(as(lakesideAdmin)(UPDATE_ORGANIZATION, { input: { id: organization.id, version: 1, name: 'Harborview Community Partners' } }));
    const [row] = await t.db.query(`SELECT version, search_vector @@ to_tsquery('english', 'harborview') AS found FROM service WHERE id = $1`, [service.id]);
    expect(row).toEqual({ version: 1, found: true });
  });

  it('records open capacity per unit, the newest count replacing the last', async () => {
    const { service } = await sharedPantry();
    await ok(as(lakesideAdmin)(RECORD_CAPACITY, { input: { serviceId: service.id, unit: 'boxes', available: 12, maximum: 40 } }));
    const latest = await ok(as(lakesideAdmin)(RECORD_CAPACITY, { input: { serviceId: service.id, unit: 'boxes', available: 3, maximum: 40 } }));
    expect(latest.capacity).toEqual([{ unit: 'boxes', available: 3, maximum: 40 }]);
    const page = await ok(as(riversideWorker)(SERVICE_PAGE, { id: service.id }));
    expect(page.capacity[0].updatedAt).toEqual(expect.any(String));
    const rows = await auditRowsOf(t, service.id);
    expect(rows.at(-1).changes).toEqual({ 'capacity.boxes': { from: { available: 12, maximum: 40 }, to: { available: 3, maximum: 40 } } });
    expect(codeOf(await as(lakesideAdmin)(RECORD_CAPACITY, { input: { serviceId: service.id, unit: 'boxes', available: -1 } }))).toBe('BAD_USER_INPUT');
    const overFull = await as(lakesideAdmin)(RECORD_CAPACITY, { input: { serviceId: service.id, unit: 'boxes', available: 41, maximum: 40 } });
    expect(overFull.errors?.[0].extensions.fields).toEqual([{ field: 'available', message: 'available must not be more than maximum' }]);
    expect(await auditRowsOf(t, service.id)).toHaveLength(rows.length);
  });

  it("pages an admin's own organizations by name, with search", async () => {
    const agency = await newAgency(t);
    const { admin } = await staff(t, { admin: agency.admin });
    for (const name of ['Cedar House', 'Alder Clinic', 'Birch Pantry']) await ok(as(admin)(CREATE_ORGANIZATION, { input: { name, visibility: 'PRIVATE' } }));
    const first = await ok(as(admin)(ORGANIZATIONS, { first: 2 }));
    expect(first.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Alder Clinic', 'Birch Pantry']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await ok(as(admin)(ORGANIZATIONS, { first: 2, after: first.pageInfo.endCursor }));
    expect(rest.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Cedar House']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await ok(as(admin)(ORGANIZATIONS, { search: 'pant' }))).edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Birch Pantry']);
    expect(codeOf(await as(admin)(ORGANIZATIONS, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as(riversideWorker)(ORGANIZATIONS, {}))).toBe('FORBIDDEN');
  });

  it('answers an organization page with the same number of SQL statements however many services it has', async () => {
    const { organization } = await sharedPantry();
    const counted = async () => {
      const spy = jest.spyOn(t.db.logger, 'logQuery');
      try {
        await ok(as(riversideWorker)(ORGANIZATION_PAGE, { id: organization.id }));
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const one = await counted();
    for (const name of ['Hot meals', 'Diapers', 'Produce market']) {
      await ok(as(lakesideAdmin)(CREATE_SERVICE, { input: { ...PANTRY, name, organizationId: organization.id } }));
    }
    const page = await ok(as(riversideWorker)(ORGANIZATION_PAGE, { id: organization.id }));
    expect(page.services).toHaveLength(4);
    expect(page.services.every((service: { categories: unknown[]; openingHours: unknown[] }) => service.categories.length === 2 && service.openingHours.length === 2)).toBe(true);
    expect(await counted()).toBe(one);
  });
});
