import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { loadPersistedDocuments } from '../src/app/persisted-documents';
import { startTestApp, type TestApp } from './support/test-app';

/** The SPA's manifest, as codegen wrote it. */
const documents = loadPersistedDocuments();
const hashOf = (name: string) => {
  const found = [...documents].find(([, text]) => new RegExp(`^query ${name}\\b`).test(text));
  if (!found) throw new Error(`no operation ${name} in the manifest`);
  return found[0];
};
const byHash = (sha256Hash: string, extra: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } }, ...extra });

describe('persisted queries for the SPA', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a hash from the manifest without the query text', async () => {
    const res = await t.post(byHash(hashOf('AppSettings')));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.appSettings).toEqual({ __typename: 'AppSettings', idleLockMinutes: expect.any(Number), passwordMinLength: expect.any(Number) });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, so the client sends the text', async () => {
    const res = await t.post(byHash('0'.repeat(64)));
    expect(res.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
    expect(res.body.data).toBeUndefined();
  });

  it('still takes free text (integrators), and text with its own correct hash', async () => {
    const query = '{ appSettings { idleLockMinutes } }';
    expect((await t.gql(query)).data?.appSettings.idleLockMinutes).toEqual(expect.any(Number));
    const sha = createHash('sha256').update(query).digest('hex');
    expect((await t.post(byHash(sha, { query }))).body.data.appSettings.idleLockMinutes).toEqual(expect.any(Number));
  });

  it('refuses text whose hash is not the one sent (no answering one operation under another’s hash)', async () => {
    const res = await t.post(byHash(hashOf('AppSettings'), { query: '{ appSettings { passwordMinLength } }' }));
    expect(res.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.data).toBeUndefined();
  });

  it('keeps a manifest whose hashes are the sha256 of their text and that the current schema validates', () => {
    const schema = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));
    expect(documents.size).toBeGreaterThan(100);
    for (const [hash, text] of documents) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
      expect(validate(schema, parse(text)).map((e) => `${text.slice(0, 60)}: ${e.message}`)).toEqual([]);
    }
  });
});
