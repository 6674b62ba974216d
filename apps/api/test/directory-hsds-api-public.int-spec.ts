import request from 'supertest';
import { HSDS_API_ANONYMOUS_DEPTH_MAX } from '@waymark/shared/types';
import { createApiClient } from './support/api-client-fixtures';
import { staff } from './support/client-fixtures';
import { addDirectory, type Centre } from './support/directory-search-fixtures';
import { newAgency } from './support/factories';
import { hsdsProblems } from './support/hsds-schema';
import { startTestApp, type TestApp } from './support/test-app';

/** Far from every other spec's fixture region, so none of them clears ours. */
const NOME: Centre = { latitude: 64.5011, longitude: -165.4064, timeZone: 'America/Nome' };

/**
 * HSDS_API_PUBLIC=true: the HSDS API is an open feed of what the directory shares with every
 * agency. Its own file, because the setting is read once as the application starts.
 */
describe('the HSDS API as a public feed', () => {
  let t: TestApp;
  let sharedService: string;
  let privateService: string;
  let privateOrganization: string;
  let keeperAdminToken: string;

  beforeAll(async () => {
    t = await startTestApp({ HSDS_API_PUBLIC: 'true' });
    const keeper = await newAgency(t);
    ({ admin: { token: keeperAdminToken } } = await staff(t, { admin: keeper.admin }));
    ({ 'Open pantry': sharedService } = await addDirectory(t, NOME, { name: 'Open feed mission', keeperId: keeper.id, visibility: 'SHARED' }, [{ name: 'Open pantry', at: [0, 0] }]));
    ({ 'Staff-only pantry': privateService } = await addDirectory(t, NOME, { name: 'Private feed mission', keeperId: keeper.id, visibility: 'PRIVATE' }, [{ name: 'Staff-only pantry' }]));
    [{ id: privateOrganization }] = await t.db.query(`SELECT organization_id::text AS id FROM service WHERE id = $1`, [privateService]);
  }, 60_000);
  afterAll(() => t.close());

  const get = (path: string, token?: string) => {
    const req = request(t.app.getHttpAdapter().getInstance().server).get(`/hsds${path}`);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  it('serves shared entries without a token, valid against the HSDS schema', async () => {
    const res = await get(`/services/${sharedService}`);
    expect(res.status).toBe(200);
    expect(hsdsProblems('service', res.body)).toEqual([]);
    expect(res.body.organization.name).toBe('Open feed mission');
    const list = await get('/taxonomy_terms?top_only=true');
    expect(list.status).toBe(200);
    expect(hsdsProblems('page:taxonomy_term', list.body)).toEqual([]);
  });

  it('never serves a private entry, even to the public', async () => {
    const res = await get(`/services/${privateService}`);
    expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    const list = await get(`/services?organization_id=${privateOrganization}`);
    expect(list.body).toMatchObject({ total_items: 0, empty: true });
  });

  it('still refuses bad parameters', async () => {
    const res = await get('/services?per_page=1000');
    expect([res.status, res.body.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('reads as the key\'s agency only when the key may read the directory: another scope reads as anybody', async () => {
    const other = await createApiClient(t, keeperAdminToken, { scopes: ['client:read'] });
    expect((await get(`/services/${privateService}`, other.token)).status).toBe(404);
    expect((await get(`/services?organization_id=${privateOrganization}`, other.token)).body).toMatchObject({ total_items: 0 });
    expect((await get(`/services/${sharedService}`, other.token)).status).toBe(200);
    // Its keeper's key with directory:read reads the keeper's private entry, as on the closed API.
    const reader = await createApiClient(t, keeperAdminToken, { scopes: ['directory:read'] });
    expect((await get(`/services/${privateService}`, reader.token)).status).toBe(200);
    expect((await get(`/services?organization_id=${privateOrganization}`, reader.token)).body).toMatchObject({ total_items: 1 });
  });

  it('pages an anonymous reader only so deep, and a key deeper', async () => {
    const perPage = 200;
    const deepest = HSDS_API_ANONYMOUS_DEPTH_MAX / perPage;
    expect((await get(`/services?per_page=${perPage}&page=${deepest}`)).status).toBe(200);
    const refused = await get(`/services?per_page=${perPage}&page=${deepest + 1}`);
    expect([refused.status, refused.body.code, refused.body.fields?.[0]?.field]).toEqual([400, 'BAD_USER_INPUT', 'page']);
    const reader = await createApiClient(t, keeperAdminToken, { scopes: ['directory:read'] });
    expect((await get(`/services?per_page=${perPage}&page=${deepest + 1}`, reader.token)).status).toBe(200);
  });
});
