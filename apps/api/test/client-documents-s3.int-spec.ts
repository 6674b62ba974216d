import request from 'supertest';
import { tinyPdf } from '../src/seed/tiny-pdf';
import { clientOnCaseload, daysFromToday, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { type FakeS3, startFakeS3 } from './support/fake-s3';
import { startTestApp, type TestApp } from './support/test-app';

const REMOVE = `mutation ($input: RemoveDocumentInput!) { removeDocument(input: $input) { id } }`;
const BUCKET = 'waymark-documents';

describe('client documents in an S3-compatible store (DOCUMENT_STORE=s3)', () => {
  let t: TestApp;
  let s3: FakeS3;
  let world: StaffedAgency<'caseManager'>;
  let clientId: string;

  beforeAll(async () => {
    s3 = await startFakeS3();
    t = await startTestApp({ DOCUMENT_STORE: 's3', S3_ENDPOINT: s3.endpoint, S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: 'test', S3_SECRET_ACCESS_KEY: 'test-secret' });
    world = await staffedAgency(t, { caseManager: 'CASE_MANAGER' });
    clientId = await clientOnCaseload(t, world.people.admin.token, world.people.caseManager);
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  const server = () => t.app.getHttpAdapter().getInstance().server;
  const pdf = tinyPdf(['Court order']);
  const upload = () =>
    request(server())
      .post('/documents')
      .set('authorization', `Bearer ${world.people.caseManager.token}`)
      .field({ clientId, documentType: 'COURT_ORDER', title: 'Court order', documentDate: daysFromToday(-1) })
      .attach('file', pdf, { filename: 'order.pdf', contentType: 'application/pdf' });
  const objectOf = async (documentId: string) => {
    const [row] = await t.db.query(`SELECT agency_id, storage_key FROM document WHERE id = $1`, [documentId]);
    return `${BUCKET}/${row.agency_id}/${row.storage_key}`;
  };

  it('keeps the bytes in the bucket under the agency, not in PostgreSQL, serves them back and deletes them on removal', async () => {
    const res = await upload();
    expect(res.status).toBe(201);
    const object = await objectOf(res.body.id);
    expect(Buffer.compare(s3.objects.get(object) as Buffer, pdf)).toBe(0);
    expect(await t.db.query(`SELECT 1 FROM document_content WHERE agency_id = $1`, [world.agency.id])).toEqual([]);

    const download = await request(server())
      .get(`/documents/${res.body.id}/content`)
      .set('authorization', `Bearer ${world.people.caseManager.token}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body, pdf)).toBe(0);

    await ok(t.gql(REMOVE, { input: { documentId: res.body.id, version: 1, reason: 'Filed twice' } }, { token: world.people.caseManager.token }));
    expect(s3.objects.has(object)).toBe(false);
  });

  it('writes no row when the store refuses the bytes, and says so without details', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS count FROM document WHERE agency_id = $1`, [world.agency.id]);
    s3.refusePuts(true);
    const res = await upload();
    s3.refusePuts(false);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ code: 'INTERNAL', message: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.' });
    expect(await t.db.query(`SELECT count(*)::int AS count FROM document WHERE agency_id = $1`, [world.agency.id])).toEqual(before);
  });
});
