import { randomUUID } from 'node:crypto';
import { staffedAgency, type Worker } from './support/client-fixtures';
import type { TestAgency } from './support/factories';
import { postWithKey } from './support/idempotent-post';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id clientNumber } }`;

/** Runs only on PostgreSQL: the requests must really run at once, on several connections. */
describe('Idempotency-Key under concurrent requests', () => {
  let t: TestApp;
  let agency: TestAgency;
  let intake: Worker;
  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people: { intake } } = await staffedAgency(t, { intake: 'INTAKE' }));
  });
  afterAll(() => t.close());

  it('runs one of several requests sent at once with one key; the others wait their turn or are told it is in flight', async () => {
    const key = randomUUID();
    const body = { query: CREATE, variables: { input: { legalFirstName: 'Parallel', legalLastName: 'Retry' } } };
    const results = await Promise.all(Array.from({ length: 6 }, () => postWithKey(t, key, body, intake.token)));
    const created = new Set(results.map((r) => r.data?.createClient?.id).filter(Boolean));
    expect(created.size).toBe(1);
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_FLIGHT' });
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM client WHERE agency_id = $1 AND legal_last_name = 'Retry'`, [agency.id]);
    expect(n).toBe(1);
    // Once the first has answered, a retry gets its response.
    const later = await postWithKey(t, key, body, intake.token);
    expect(later.data?.createClient.id).toBe([...created][0]);
  });
});
