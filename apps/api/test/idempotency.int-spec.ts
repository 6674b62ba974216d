import { randomUUID } from 'node:crypto';
import { IdempotencyStore } from '../src/app/idempotency/idempotency-store';
import { createApiClient } from './support/api-client-fixtures';
import { clientOnCaseload, newProgram, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { codeOf, type TestAgency } from './support/factories';
import { postWithKey } from './support/idempotent-post';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE = `mutation Intake($input: CreateClientInput!) { createClient(input: $input) { id clientNumber displayName version createdAt } }`;
const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const UPDATE = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id version } }`;
const NOTE = `mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id } }`;
const SCREEN = `mutation ($input: ScreenEligibilityInput!) { screenEligibility(input: $input) { id outcome } }`;

describe('Idempotency-Key on create mutations', () => {
  let t: TestApp;
  let agency: TestAgency;
  let people: StaffedAgency<'intake' | 'caseManager'>['people'];

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people } = await staffedAgency(t, { intake: 'INTAKE', caseManager: 'CASE_MANAGER' }));
  });
  afterAll(() => t.close());

  const body = (lastName: string) => ({ query: CREATE, variables: { input: { legalFirstName: 'Ana', legalLastName: lastName, status: 'INTAKE' } } });
  const clients = async () => Number((await t.db.query(`SELECT count(*) FROM client WHERE agency_id = $1`, [agency.id]))[0].count);
  const writes = async () => Number((await t.db.query(`SELECT count(*) FROM audit_event WHERE agency_id = $1 AND action <> 'READ'`, [agency.id]))[0].count);
  const keyRow = (key: string) => t.db.query(`SELECT status, principal_id, agency_id FROM idempotency_key WHERE key = $1`, [key]);

  it('answers a replay with the first response, exactly, and writes nothing more', async () => {
    const key = randomUUID();
    const first = await postWithKey(t, key, body('Replay'), people.intake.token);
    expect(first.errors).toBeUndefined();
    const [before, audited] = [await clients(), await writes()];

    // The same body sent again, with its variables' keys in another order and the text re-spaced.
    const again = await postWithKey(
      t,
      key,
      { query: CREATE.replace(/ \{ id/, ' {\n  id'), variables: { input: { status: 'INTAKE', legalLastName: 'Replay', legalFirstName: 'Ana' } } },
      people.intake.token,
    );
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect([await clients(), await writes()]).toEqual([before, audited]);
    expect(await keyRow(key)).toEqual([{ status: 'DONE', principal_id: people.intake.id, agency_id: agency.id }]);
    // Handing the record over again is a read of the client's data, and audited as one.
    const id = first.data?.createClient.id;
    expect(await t.db.query(`SELECT action, entity_type, client_id, actor_id, reason FROM audit_event WHERE entity_id = $1 ORDER BY id`, [id])).toEqual([
      expect.objectContaining({ action: 'CREATE', entity_type: 'Client' }),
      { action: 'READ', entity_type: 'Client', client_id: id, actor_id: people.intake.id, reason: 'Idempotency-Key replay' },
    ]);
  });

  it('refuses the same key with a different body, and changes nothing', async () => {
    const key = randomUUID();
    await postWithKey(t, key, body('First'), people.intake.token);
    const [before, audited] = [await clients(), await writes()];
    const other = await postWithKey(t, key, body('Second'), people.intake.token);
    expect(other.data?.createClient ?? null).toBeNull();
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect([await clients(), await writes()]).toEqual([before, audited]);
  });

  it('keeps each caller’s keys apart: another worker’s request with the same key runs', async () => {
    const key = randomUUID();
    const mine = await postWithKey(t, key, body('Shared key'), people.intake.token);
    const theirs = await postWithKey(t, key, body('Shared key'), people.caseManager.token);
    expect(theirs.data?.createClient.id).toBeDefined();
    expect(theirs.data?.createClient.id).not.toBe(mine.data?.createClient.id);
  });

  it('replays for an API client too, keyed to the client (the way integrators retry)', async () => {
    const key = randomUUID();
    const integration = await createApiClient(t, people.admin.token, { scopes: ['client:write'] });
    const first = await postWithKey(t, key, body('By key'), integration.token);
    expect(first.errors).toBeUndefined();
    const before = await clients();
    const again = await postWithKey(t, key, body('By key'), integration.token);
    expect(again.body).toEqual(first.body);
    expect(await clients()).toBe(before);
    expect(await keyRow(key)).toEqual([{ status: 'DONE', principal_id: integration.id, agency_id: agency.id }]);
    // The key remembers the client the first request created (its CREATE event, by the API client), for the replay's audit.
    const id = first.data?.createClient.id;
    expect(await t.db.query(`SELECT created_entity_type, created_entity_id, created_client_id FROM idempotency_key WHERE key = $1`, [key])).toEqual([
      { created_entity_type: 'Client', created_entity_id: id, created_client_id: id },
    ]);
  });

  it('does not pin the key on a failed first attempt: the corrected retry runs', async () => {
    const key = randomUUID();
    const before = await clients();
    const bad = await postWithKey(t, key, { query: CREATE, variables: { input: { legalFirstName: 'x'.repeat(500), legalLastName: 'Too long' } } }, people.intake.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(await keyRow(key)).toEqual([]);
    const retried = await postWithKey(t, key, body('Corrected'), people.intake.token);
    expect(retried.data?.createClient.displayName).toBe('Ana Corrected');
    expect(await clients()).toBe(before + 1);
  });

  it('refuses a request while the first with its key still runs', async () => {
    const key = randomUUID();
    await postWithKey(t, key, body('Slow'), people.intake.token);
    // As if the first request had claimed the key and not answered yet.
    await t.db.query(`UPDATE idempotency_key SET status = 'IN_FLIGHT', response = NULL WHERE key = $1`, [key]);
    const before = await clients();
    const second = await postWithKey(t, key, body('Slow'), people.intake.token);
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_FLIGHT' });
    expect(await clients()).toBe(before);
  });

  it.each([
    ['too long', 'k'.repeat(256)],
    ['not printable', 'clé-ünïcode'],
  ])('refuses a key that is %s, and creates nothing', async (_, key) => {
    const before = await clients();
    const res = await postWithKey(t, key, body('Bad key'), people.intake.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_INVALID' });
    expect(await clients()).toBe(before);
  });

  it('accepts a key of 255 characters', async () => {
    const res = await postWithKey(t, 'k'.repeat(254) + '1', body('Long key'), people.intake.token);
    expect(res.data?.createClient.id).toBeDefined();
  });

  it('refuses a keyed document with two fields, or a keyed batch, before anything runs', async () => {
    const before = await clients();
    const two = `mutation { a: createClient(input: { legalFirstName: "A", legalLastName: "Two" }) { id } b: createClient(input: { legalFirstName: "B", legalLastName: "Two" }) { id } }`;
    const doc = await postWithKey(t, randomUUID(), { query: two }, people.intake.token);
    // The first field is refused and, its type being non-null, the mutation stops there.
    expect(doc.errors?.map((e) => e.extensions.reason)).toEqual(['IDEMPOTENCY_KEY_ONE_FIELD']);
    const batch = await t.post([body('Batch one'), body('Batch two')], { token: people.intake.token }).set('Idempotency-Key', randomUUID());
    expect(batch.body.map((r: { errors: { extensions: { reason: string } }[] }) => r.errors[0].extensions.reason)).toEqual([
      'IDEMPOTENCY_KEY_ONE_FIELD',
      'IDEMPOTENCY_KEY_ONE_FIELD',
    ]);
    expect(await clients()).toBe(before);
  });

  it.each([
    ['a fragment spread', `mutation { ...Two } fragment Two on Mutation { a: createClient(input: { legalFirstName: "A", legalLastName: "Spread" }) { id } b: createClient(input: { legalFirstName: "B", legalLastName: "Spread" }) { id } }`],
    ['an inline fragment', `mutation { ... on Mutation { a: createClient(input: { legalFirstName: "A", legalLastName: "Inline" }) { id } } b: createClient(input: { legalFirstName: "B", legalLastName: "Inline" }) { id } }`],
  ])('counts the fields %s holds: two creates are refused, and a retry creates nothing', async (_, query) => {
    const key = randomUUID();
    const before = await clients();
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await postWithKey(t, key, { query }, people.intake.token);
      expect(res.errors?.map((e) => e.extensions.reason)).toEqual(['IDEMPOTENCY_KEY_ONE_FIELD']);
    }
    expect(await clients()).toBe(before);
    expect(await keyRow(key)).toEqual([]);
  });

  it('refuses a key on a mutation that takes none (an update by version), and changes nothing', async () => {
    const key = randomUUID();
    const created = (await postWithKey(t, randomUUID(), body('Edited'), people.intake.token)).data?.createClient;
    const edit = (headerKey: string | undefined) => {
      const request = { query: UPDATE, variables: { input: { clientId: created.id, version: 1, preferredName: 'Annie' } } };
      return headerKey ? postWithKey(t, headerKey, request, people.intake.token) : t.post(request, { token: people.intake.token }).then((res) => res.body);
    };
    const audited = await writes();
    const keyed = await edit(key);
    expect(keyed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_NOT_SUPPORTED' });
    expect(await writes()).toBe(audited);
    expect(await keyRow(key)).toEqual([]);
    // Without the key the same edit runs: nothing was changed by the refused one.
    expect((await edit(undefined)).data?.updateClient.version).toBe(2);
  });

  it('guards the creates not named create… as well (screenEligibility)', async () => {
    const key = randomUUID();
    const clientId = (await postWithKey(t, randomUUID(), body('Screened'), people.intake.token)).data?.createClient.id;
    const programId = await newProgram(t, people.admin.token);
    const screen = () => postWithKey(t, key, { query: SCREEN, variables: { input: { clientId, programId } } }, people.intake.token);
    const first = await screen();
    expect(first.errors).toBeUndefined();
    expect((await screen()).body).toEqual(first.body);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM eligibility_screen WHERE client_id = $1`, [clientId])).toEqual([{ n: 1 }]);
  });

  it('audits a replay as a read of the created record and its client, though the answer names no client', async () => {
    const key = randomUUID();
    const clientId = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const note = { query: NOTE, variables: { input: { clientId, noteType: 'HOME_VISIT', occurredAt: new Date(Date.now() - 3600_000).toISOString(), narrative: 'Visited.' } } };
    const first = await postWithKey(t, key, note, people.caseManager.token);
    expect(first.errors).toBeUndefined();
    const again = await postWithKey(t, key, note, people.caseManager.token);
    expect(again.body).toEqual(first.body);
    const id = first.data?.createCaseNote.id;
    expect(await t.db.query(`SELECT action, entity_type, client_id, reason FROM audit_event WHERE entity_id = $1 ORDER BY id`, [id])).toEqual([
      expect.objectContaining({ action: 'CREATE', entity_type: 'CaseNote', client_id: clientId }),
      { action: 'READ', entity_type: 'CaseNote', client_id: clientId, reason: 'Idempotency-Key replay' },
    ]);
  });

  it('lets only the request holding the key settle it: a slow first request whose key was taken over stores and frees nothing', async () => {
    const key = randomUUID();
    await postWithKey(t, key, body('Taken over'), people.intake.token);
    const [{ claim_token: stale, request_hash: hash }] = await t.db.query(`SELECT claim_token, request_hash FROM idempotency_key WHERE key = $1`, [key]);
    // As if the first request had hung for more than 5 minutes: a retry takes the key over.
    await t.db.query(`UPDATE idempotency_key SET status = 'IN_FLIGHT', response = NULL, created_at = now() - interval '6 minutes' WHERE key = $1`, [key]);
    const store = t.app.get(IdempotencyStore);
    const owner = { agencyId: agency.id, principalId: people.intake.id, key };
    const retry = await store.claim(owner, hash);
    if (retry.kind !== 'claimed') throw new Error(`expected the abandoned key to be taken over, got ${retry.kind}`);
    // The first request answers at last, while the retry still runs: neither its failure nor its answer touches the key.
    await store.release({ owner, token: stale });
    await store.complete({ owner, token: stale }, { data: { createClient: { id: 'first' } } }, undefined);
    const row = () => t.db.query(`SELECT status, response FROM idempotency_key WHERE key = $1`, [key]);
    expect(await row()).toEqual([{ status: 'IN_FLIGHT', response: null }]);
    await store.complete(retry.claim, { data: { createClient: { id: 'retry' } } }, undefined);
    expect(await row()).toEqual([{ status: 'DONE', response: { data: { createClient: { id: 'retry' } } } }]);
  });

  it('guards other create mutations too (createProgram by an admin)', async () => {
    const key = randomUUID();
    const input = { code: `P${Date.now() % 100000}`, name: 'Housing first' };
    const first = await postWithKey(t, key, { query: CREATE_PROGRAM, variables: { input } }, people.admin.token);
    const again = await postWithKey(t, key, { query: CREATE_PROGRAM, variables: { input } }, people.admin.token);
    expect(again.body).toEqual(first.body);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM program WHERE agency_id = $1 AND code = $2`, [agency.id, input.code])).toEqual([{ n: 1 }]);
  });

  it('forgets expired keys: the recurring job deletes them and the key may be used afresh', async () => {
    const key = randomUUID();
    await postWithKey(t, key, body('Yesterday'), people.intake.token);
    await t.db.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    expect(await t.app.get(IdempotencyStore).purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await keyRow(key)).toEqual([]);
    const today = await postWithKey(t, key, body('Today'), people.intake.token);
    expect(today.data?.createClient.displayName).toBe('Ana Today');
  });
});
