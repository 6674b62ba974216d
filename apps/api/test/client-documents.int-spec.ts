import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { TINY_PNG, tinyPdf } from '../src/seed/tiny-pdf';
import { CREATE_NOTE } from './support/client-operations';
import { clientOnCaseload, daysFromToday, hoursAgo, newClient, ok, onCaseload, type StaffedAgency, staffedAgency, type Worker } from './support/client-fixtures';
import { CREATE_REFERRAL, RECORD_CONSENT } from './support/referral-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const DOCUMENT = `id version clientId ownerType ownerId documentType title documentDate expiresOn expired fileName contentType sizeBytes sha256 contentPath
  uploadedAt uploadedBy { id }`;
const LIST = `query ($clientId: ID!, $first: Int, $after: String, $ownerType: DocumentOwnerType, $ownerId: ID, $documentType: DocumentType) {
  clientDocuments(clientId: $clientId, first: $first, after: $after, ownerType: $ownerType, ownerId: $ownerId, documentType: $documentType) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${DOCUMENT} } }
  }
}`;
const ONE = `query ($id: ID!) { document(id: $id) { ${DOCUMENT} } }`;
const UPDATE = `mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { ${DOCUMENT} } }`;
const REMOVE = `mutation ($input: RemoveDocumentInput!) { removeDocument(input: $input) { id version } }`;

/** One sample of each accepted kind, as its first bytes say. */
const SAMPLES: Record<string, { content: Buffer; name: string }> = {
  'application/pdf': { content: tinyPdf(['Release of information']), name: 'release.pdf' },
  'image/png': { content: TINY_PNG, name: 'id-front.png' },
  'image/jpeg': { content: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0rest of a photo')]), name: 'receipt.jpg' },
  'image/webp': { content: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 a picture')]), name: 'card.webp' },
  'image/heic': { content: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]), name: 'IMG_0042.HEIC' },
  'image/tiff': { content: Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0]), Buffer.from('a fax page')]), name: 'fax.tif' },
  'text/plain': { content: Buffer.from('Called the clinic; letter to follow.\nDr. Ruiz – 555-0100\n', 'utf8'), name: 'call.txt' },
};

const ROLES = { caseManager: 'CASE_MANAGER', otherCaseManager: 'CASE_MANAGER', auditor: 'AUDITOR', supervisor: 'SUPERVISOR' } as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

interface FileToSend {
  content: Buffer;
  name: string;
  type?: string;
}

describe('client documents', () => {
  let t: TestApp;
  let world: StaffedAgency<keyof typeof ROLES>;
  let people: Record<Who, Worker>;
  let clientId: string;
  let enrollmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await staffedAgency(t, ROLES);
    people = world.people;
    clientId = await newClient(t, people.admin.token, { status: 'ACTIVE' });
    enrollmentId = await onCaseload(t, people.admin.token, clientId, people.caseManager.id);
  });
  afterAll(() => t.close());

  const server = () => t.app.getHttpAdapter().getInstance().server;
  const as = (who: Who) => world.as(who);

  /** POST /documents as a browser form would send it. */
  const upload = (who: Who | null, fields: Record<string, string | undefined>, file?: FileToSend) => {
    const req = request(server()).post('/documents');
    if (who) req.set('authorization', `Bearer ${people[who].token}`);
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) req.field(name, value);
    if (file) req.attach('file', file.content, { filename: file.name, contentType: file.type ?? 'application/octet-stream' });
    return req;
  };
  const fieldsFor = (extra: Record<string, string | undefined> = {}) => ({
    clientId,
    documentType: 'OTHER',
    title: 'A document',
    documentDate: daysFromToday(-3),
    ...extra,
  });
  const uploaded = async (extra: Record<string, string | undefined> = {}, file: FileToSend = { ...SAMPLES['application/pdf'], type: 'application/pdf' }, who: Who = 'caseManager') => {
    const res = await upload(who, fieldsFor(extra), file);
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const download = (who: Who | null, id: string) => {
    const req = request(server()).get(`/documents/${id}/content`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    if (who) req.set('authorization', `Bearer ${people[who].token}`);
    return req;
  };
  /** What is stored for the client: rows and bytes, to show a refusal wrote nothing. */
  const stored = async () => ({
    rows: Number((await t.db.query(`SELECT count(*) FROM document WHERE agency_id = $1`, [world.agency.id]))[0].count),
    contents: Number((await t.db.query(`SELECT count(*) FROM document_content WHERE agency_id = $1`, [world.agency.id]))[0].count),
    timeline: Number((await t.db.query(`SELECT count(*) FROM client_timeline_entry WHERE agency_id = $1 AND kind = 'DOCUMENT'`, [world.agency.id]))[0].count),
  });
  const auditOf = (documentId: string) =>
    t.db.query(`SELECT action, actor_id, client_id, changes, reason FROM audit_event WHERE entity_type = 'Document' AND entity_id = $1 ORDER BY id`, [documentId]);

  it('keeps each accepted kind of file as its content says, with its digest, uploader, timeline entry and audit', async () => {
    for (const [type, sample] of Object.entries(SAMPLES)) {
      const document = await uploaded({ title: `Sample ${type}` }, { ...sample, type: 'application/octet-stream' });
      expect(document).toMatchObject({
        clientId,
        ownerType: 'CLIENT',
        ownerId: clientId,
        contentType: type,
        sizeBytes: sample.content.length,
        fileName: sample.name,
        uploadedById: people.caseManager.id,
        contentPath: `/documents/${document.id}/content`,
      });
      const [row] = await t.db.query(`SELECT sha256, content_type FROM document WHERE id = $1`, [document.id]);
      expect(row).toEqual({ sha256: createHash('sha256').update(sample.content).digest('hex'), content_type: type });
      const [bytes] = await t.db.query(`SELECT content FROM document_content c JOIN document d ON d.storage_key = c.key AND d.agency_id = c.agency_id WHERE d.id = $1`, [document.id]);
      expect(Buffer.compare(bytes.content, sample.content)).toBe(0);
    }
    // The name plays no part: a PNG called .txt is kept as the PNG it is.
    const renamed = await uploaded({}, { content: TINY_PNG, name: 'notes.txt' });
    expect(renamed.contentType).toBe('image/png');

    const [entry] = await t.db.query(`SELECT kind, summary, actor_id FROM client_timeline_entry WHERE source_id = $1`, [renamed.id]);
    expect(entry).toEqual({ kind: 'DOCUMENT', summary: 'Document uploaded: A document', actor_id: people.caseManager.id });
    expect(await auditOf(renamed.id)).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        actor_id: people.caseManager.id,
        client_id: clientId,
        changes: expect.objectContaining({ contentType: { to: 'image/png' }, sizeBytes: { to: TINY_PNG.length }, titleLength: { to: 10 }, ownerType: { to: 'CLIENT' } }),
      }),
    ]);
  });

  it('accepts a declared type that agrees with the content, in its usual spellings', async () => {
    expect((await uploaded({}, { ...SAMPLES['image/jpeg'], type: 'image/jpg' })).contentType).toBe('image/jpeg');
    expect((await uploaded({}, { ...SAMPLES['text/plain'], type: 'text/plain; charset=utf-8' })).contentType).toBe('text/plain');
    expect((await uploaded({}, { content: Buffer.from('name,phone\nAna,555-0100\n'), name: 'contacts.csv', type: 'text/csv' })).contentType).toBe('text/plain');
  });

  it('refuses a file by its content whatever its name, one too large, an empty one and one sent as another type, writing nothing', async () => {
    const before = await stored();
    const refusals: [FileToSend, string, string?][] = [
      [{ content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)]), name: 'scan.pdf', type: 'application/pdf' }, 'FILE_TYPE_REFUSED', 'a Windows program'],
      [{ content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), name: 'photo.jpg', type: 'image/jpeg' }, 'FILE_TYPE_REFUSED', 'a Linux program'],
      [{ content: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(30)]), name: 'letter.pdf' }, 'FILE_TYPE_REFUSED', 'a ZIP archive or Office document'],
      [{ content: Buffer.from('GIF89a\x01\x00\x01\x00'), name: 'id.png', type: 'image/png' }, 'FILE_TYPE_REFUSED', 'a GIF image'],
      [{ content: Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), name: 'note.txt', type: 'text/plain' }, 'FILE_TYPE_REFUSED', 'a web page or markup (HTML, SVG, XML)'],
      [{ content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.png' }, 'FILE_TYPE_REFUSED', 'a web page or markup (HTML, SVG, XML)'],
      [{ content: Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff]), name: 'data.pdf' }, 'FILE_TYPE_REFUSED'],
      [{ content: TINY_PNG, name: 'id.pdf', type: 'application/pdf' }, 'FILE_TYPE_MISMATCH'],
      [{ content: SAMPLES['application/pdf'].content, name: 'scan.pdf', type: 'image/png' }, 'FILE_TYPE_MISMATCH'],
      [{ content: Buffer.alloc(0), name: 'empty.pdf', type: 'application/pdf' }, 'FILE_MISSING'],
      [{ content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]), name: 'huge.pdf', type: 'application/pdf' }, 'FILE_TOO_LARGE'],
    ];
    for (const [file, reason, detected] of refusals) {
      const res = await upload('caseManager', fieldsFor(), file);
      expect({ name: file.name, status: res.status, code: res.body.code, reason: res.body.reason }).toEqual({ name: file.name, status: 400, code: 'BAD_USER_INPUT', reason });
      expect(res.body.fields).toEqual([{ field: 'file', message: res.body.message }]);
      if (detected) expect(res.body).toMatchObject({ detected, message: expect.stringContaining(detected) });
    }
    const [huge] = refusals[refusals.length - 1];
    const tooLarge = await upload('caseManager', fieldsFor(), huge);
    expect(tooLarge.body).toMatchObject({ maxBytes: 10 * 1024 * 1024, message: 'The file is larger than 10 MB, the most one document may be.' });
    const mismatch = await upload('caseManager', fieldsFor(), { content: TINY_PNG, name: 'id.pdf', type: 'application/pdf' });
    expect(mismatch.body).toMatchObject({ declared: 'application/pdf', detected: 'image/png' });
    const noFile = await upload('caseManager', fieldsFor());
    expect(noFile.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_MISSING' });
    const twoFiles = await upload('caseManager', fieldsFor(), SAMPLES['text/plain']).attach('file', TINY_PNG, 'second.png');
    expect(twoFiles.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Send one file per upload.' });
    expect(await stored()).toEqual(before);
  });

  it('checks the form fields like any input, and that an expiry does not come before the document', async () => {
    const before = await stored();
    const file = SAMPLES['text/plain'];
    const invalid = await upload('caseManager', { clientId: 'nope', documentType: 'LOVE_LETTER', title: '  ', documentDate: '2025-02-30' }, file);
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['clientId', 'documentDate', 'documentType', 'title']);
    const backwards = await upload('caseManager', fieldsFor({ documentDate: '2026-03-01', expiresOn: '2026-02-01' }), file);
    expect(backwards.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'expiresOn', message: 'before documentDate' }] });
    const json = await request(server()).post('/documents').set('authorization', `Bearer ${people.caseManager.token}`).send({ clientId });
    expect(json.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Send the document as multipart/form-data, with the file in the field "file".' });
    const cutShort = await request(server())
      .post('/documents')
      .set('authorization', `Bearer ${people.caseManager.token}`)
      .set('content-type', 'multipart/form-data; boundary=waymark')
      .send(`--waymark\r\nContent-Disposition: form-data; name="clientId"\r\n\r\n${clientId}\r\n--waymark\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\n\r\n%PDF-1.7 and then nothing`);
    expect({ status: cutShort.status, body: cutShort.body }).toEqual({ status: 400, body: expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'The upload was cut short or is not a well-formed multipart form; send it again.' }) });
    expect(await stored()).toEqual(before);
  });

  it('attaches to the client’s own records, and refuses another client’s, another agency’s and unknown ones, writing nothing', async () => {
    const consent = await ok(as('supervisor')(RECORD_CONSENT, {
      input: { clientId, categories: ['MEDICAL'], recipientKind: 'ORGANIZATION', recipientName: 'County clinic', purpose: 'Care coordination', effectiveFrom: daysFromToday(-1), signatureMethod: 'WRITTEN', signedOn: daysFromToday(-1) },
    }));
    const note = await ok(as('caseManager')(CREATE_NOTE, { input: { clientId, noteType: 'HOME_VISIT', occurredAt: hoursAgo(2), narrative: 'Visited.' } }));
    const signedConsent = await uploaded({ ownerType: 'CONSENT', ownerId: consent.id, documentType: 'SIGNED_CONSENT', title: 'Signed release', expiresOn: daysFromToday(300) });
    expect(signedConsent).toMatchObject({ ownerType: 'CONSENT', ownerId: consent.id, documentType: 'SIGNED_CONSENT', expired: false });
    await uploaded({ ownerType: 'CASE_NOTE', ownerId: note.id, documentType: 'RECEIPT' });
    await uploaded({ ownerType: 'ENROLLMENT', ownerId: enrollmentId, documentType: 'MEDICAL_LETTER' });
    await uploaded({ ownerType: 'CLIENT', ownerId: clientId });

    const byConsent = (await ok(as('caseManager')(LIST, { clientId, ownerType: 'CONSENT', ownerId: consent.id }))) as { totalCount: number; edges: { node: { id: string } }[] };
    expect(byConsent.edges.map((e) => e.node.id)).toEqual([signedConsent.id]);
    expect((await ok(as('caseManager')(LIST, { clientId, documentType: 'MEDICAL_LETTER' }))).totalCount).toBe(1);

    // Each record lists its own documents, batched per request.
    const consents = await ok(as('supervisor')(`query ($clientId: ID!) { clientConsents(clientId: $clientId) { id documents { id documentType uploadedBy { id } } } }`, { clientId }));
    expect(consents.find((c: { id: string }) => c.id === consent.id).documents).toEqual([{ id: signedConsent.id, documentType: 'SIGNED_CONSENT', uploadedBy: { id: people.caseManager.id } }]);
    const enrollments = await ok(as('supervisor')(`query ($clientId: ID!) { clientEnrollments(clientId: $clientId) { id documents { documentType } } }`, { clientId }));
    expect(enrollments.find((e: { id: string }) => e.id === enrollmentId).documents).toEqual([{ documentType: 'MEDICAL_LETTER' }]);
    expect(await auditOf(signedConsent.id)).toContainEqual(expect.objectContaining({ action: 'READ', actor_id: people.supervisor.id, client_id: clientId }));

    const before = await stored();
    const otherClient = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const [otherEnrollment] = await t.db.query(`SELECT id FROM enrollment WHERE client_id = $1`, [otherClient]);
    const elsewhere = await newClient(t, people.stranger.token, { status: 'ACTIVE' });
    const strangerConsent = await ok(t.gql(RECORD_CONSENT, {
      input: { clientId: elsewhere, categories: ['MEDICAL'], recipientKind: 'ORGANIZATION', recipientName: 'X', purpose: 'p', effectiveFrom: daysFromToday(-1), signatureMethod: 'WRITTEN', signedOn: daysFromToday(-1) },
    }, { token: people.stranger.token }));
    const file = SAMPLES['application/pdf'];
    const attempts: [Record<string, string>, number, Record<string, unknown>][] = [
      [{ ownerType: 'ENROLLMENT', ownerId: otherEnrollment.id }, 400, { code: 'BAD_USER_INPUT', fields: [{ field: 'ownerId', message: 'another client’s record' }], message: 'This enrollment belongs to another client.' }],
      [{ ownerType: 'CONSENT', ownerId: strangerConsent.id }, 404, { code: 'NOT_FOUND', message: 'Consent not found.' }],
      [{ ownerType: 'INCIDENT', ownerId: randomUUID() }, 404, { code: 'NOT_FOUND', message: 'Incident not found.' }],
      [{ ownerType: 'CASE_NOTE', ownerId: randomUUID() }, 404, { code: 'NOT_FOUND', message: 'Case note not found.' }],
      [{ ownerType: 'REFERRAL', ownerId: randomUUID() }, 404, { code: 'NOT_FOUND', message: 'Referral not found.' }],
      [{ ownerType: 'CONSENT' }, 400, { code: 'BAD_USER_INPUT', fields: [{ field: 'ownerId', message: 'required' }] }],
      [{ ownerType: 'CLIENT', ownerId: otherClient }, 400, { code: 'BAD_USER_INPUT', fields: [{ field: 'ownerId', message: 'not this client' }] }],
      [{ ownerType: 'APPOINTMENT', ownerId: randomUUID() }, 400, { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'ownerType' })] }],
      [{ clientId: elsewhere }, 404, { code: 'NOT_FOUND', message: 'Client not found.' }],
      [{ clientId: randomUUID() }, 404, { code: 'NOT_FOUND', message: 'Client not found.' }],
    ];
    for (const [extra, status, body] of attempts) {
      const res = await upload('caseManager', fieldsFor(extra), file);
      expect({ extra, status: res.status, body: res.body }).toEqual({ extra, status, body: expect.objectContaining(body) });
    }
    // The case manager's note is still a draft: to anyone else it is not part of the record yet.
    const onDraft = await upload('supervisor', fieldsFor({ ownerType: 'CASE_NOTE', ownerId: note.id }), file);
    expect({ status: onDraft.status, body: onDraft.body }).toEqual({ status: 404, body: expect.objectContaining({ code: 'NOT_FOUND', message: 'Case note not found.' }) });
    expect(await stored()).toEqual(before);
    expect(Number((await t.db.query(`SELECT count(*) FROM document WHERE agency_id = $1`, [people.stranger.agencyId]))[0].count)).toBe(0);
  });

  it('attaches to a referral through the registry the referral context fills', async () => {
    const referral = await ok(as('caseManager')(CREATE_REFERRAL, {
      input: { clientId, enrollmentId, provider: { name: 'Dr. Amal Haddad, dentist', phone: '555-0100' }, reason: 'Tooth pain', needs: ['health'] },
    }));
    const letter = await uploaded({ ownerType: 'REFERRAL', ownerId: referral.id, documentType: 'MEDICAL_LETTER', title: 'Dentist’s letter' });
    expect(letter).toMatchObject({ ownerType: 'REFERRAL', ownerId: referral.id });
    const list = await ok(as('caseManager')(LIST, { clientId, ownerType: 'REFERRAL', ownerId: referral.id }));
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([letter.id]);

    const otherClient = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const refused = await upload('caseManager', fieldsFor({ clientId: otherClient, ownerType: 'REFERRAL', ownerId: referral.id }), SAMPLES['text/plain']);
    expect(refused.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'This referral belongs to another client.' });
  });

  it('serves the content to those who may read the client, audited, with headers that keep it inert; others get nothing', async () => {
    const pdf = await uploaded({ title: 'Court order', documentType: 'COURT_ORDER' }, { ...SAMPLES['application/pdf'], name: 'Orden judicial – García.pdf', type: 'application/pdf' });
    const res = await download('caseManager', pdf.id);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, SAMPLES['application/pdf'].content)).toBe(0);
    expect(res.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="Orden judicial _ Garc_a.pdf"; filename*=UTF-8''${encodeURIComponent('Orden judicial – García.pdf')}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");

    const text = await uploaded({}, { ...SAMPLES['text/plain'], type: 'text/plain' });
    const textRes = await download('auditor', text.id);
    expect(textRes.status).toBe(200);
    expect(textRes.headers).toMatchObject({ 'content-type': 'text/plain; charset=utf-8', 'content-disposition': expect.stringMatching(/^attachment; /) });
    expect(textRes.headers['content-security-policy']).toContain('sandbox');

    const stranger = await request(server()).get(`/documents/${pdf.id}/content`).set('authorization', `Bearer ${people.stranger.token}`);
    expect({ status: stranger.status, code: stranger.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const notOnCaseload = await request(server()).get(`/documents/${pdf.id}/content`).set('authorization', `Bearer ${people.otherCaseManager.token}`);
    expect({ status: notOnCaseload.status, code: notOnCaseload.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const anonymous = await request(server()).get(`/documents/${pdf.id}/content`);
    expect({ status: anonymous.status, code: anonymous.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const unknown = await request(server()).get(`/documents/${randomUUID()}/content`).set('authorization', `Bearer ${people.caseManager.token}`);
    expect(unknown.status).toBe(404);
    const malformed = await request(server()).get(`/documents/not-an-id/content`).set('authorization', `Bearer ${people.caseManager.token}`);
    expect(malformed.status).toBe(404);
    expect((await as('stranger')(ONE, { id: pdf.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');

    const reads = (await auditOf(pdf.id)).filter((row: { action: string }) => row.action === 'READ');
    expect(reads).toEqual([expect.objectContaining({ actor_id: people.caseManager.id, client_id: clientId, changes: { content: { to: pdf.sha256 } } })]);
    expect((await auditOf(text.id)).filter((row: { action: string }) => row.action === 'READ')).toEqual([expect.objectContaining({ actor_id: people.auditor.id })]);
  });

  it('audits every document a list or a look shows, and refuses uploads to those who may not write', async () => {
    const document = await uploaded({ title: 'Insurance card', documentType: 'INSURANCE_CARD' }, { content: TINY_PNG, name: 'card.png' });
    const page = await ok(as('auditor')(LIST, { clientId, first: 100 }));
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(document.id);
    expect(page.edges[0].node).toMatchObject({ id: document.id, uploadedBy: { id: people.caseManager.id } });
    expect(await ok(as('supervisor')(ONE, { id: document.id }))).toMatchObject({ id: document.id, title: 'Insurance card' });
    const reads = (await auditOf(document.id)).filter((row: { action: string }) => row.action === 'READ');
    expect(reads).toEqual([
      expect.objectContaining({ actor_id: people.auditor.id, client_id: clientId, changes: null }),
      expect.objectContaining({ actor_id: people.supervisor.id, client_id: clientId, changes: null }),
    ]);

    const before = await stored();
    const auditor = await upload('auditor', fieldsFor(), SAMPLES['text/plain']);
    expect({ status: auditor.status, code: auditor.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const outsider = await upload('otherCaseManager', fieldsFor(), SAMPLES['text/plain']);
    expect({ status: outsider.status, code: outsider.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const anonymous = await upload(null, fieldsFor(), SAMPLES['text/plain']);
    expect({ status: anonymous.status, code: anonymous.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await stored()).toEqual(before);
    expect((await as('stranger')(LIST, { clientId })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('pages a client’s documents, the latest first', async () => {
    const fresh = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await uploaded({ clientId: fresh, title: `Page ${i}` }, SAMPLES['text/plain'])).id);
    const first = await ok(as('caseManager')(LIST, { clientId: fresh, first: 2 }));
    expect({ total: first.totalCount, more: first.pageInfo.hasNextPage, ids: first.edges.map((e: { node: { id: string } }) => e.node.id) }).toEqual({ total: 3, more: true, ids: [ids[2], ids[1]] });
    const second = await ok(as('caseManager')(LIST, { clientId: fresh, first: 2, after: first.pageInfo.endCursor }));
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
  });

  it('changes the metadata with a fresh version only, shows a lapsed document as expired, and removes with a reason', async () => {
    const document = await uploaded({ documentType: 'ID', title: 'State ID', documentDate: '2020-05-01', expiresOn: daysFromToday(30) }, { content: TINY_PNG, name: 'id.png' });
    const lapsed = await ok(as('caseManager')(UPDATE, { input: { documentId: document.id, version: 1, expiresOn: daysFromToday(-1), title: 'State ID (old)' } }));
    expect(lapsed).toMatchObject({ version: 2, expired: true, title: 'State ID (old)', documentDate: '2020-05-01' });
    const [entry] = await t.db.query(`SELECT summary FROM client_timeline_entry WHERE source_id = $1`, [document.id]);
    expect(entry.summary).toBe('ID document uploaded: State ID (old)');

    const before = await t.db.query(`SELECT * FROM document WHERE id = $1`, [document.id]);
    const stale = await as('caseManager')(UPDATE, { input: { documentId: document.id, version: 1, title: 'Lost' } });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const backwards = await as('caseManager')(UPDATE, { input: { documentId: document.id, version: 2, expiresOn: '2019-01-01' } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'expiresOn', message: 'before documentDate' }] });
    const auditor = await as('auditor')(UPDATE, { input: { documentId: document.id, version: 2, title: 'x' } });
    expect(auditor.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const staleRemove = await as('caseManager')(REMOVE, { input: { documentId: document.id, version: 1, reason: 'Duplicate' } });
    expect(staleRemove.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await t.db.query(`SELECT * FROM document WHERE id = $1`, [document.id])).toEqual(before);

    await ok(as('caseManager')(REMOVE, { input: { documentId: document.id, version: 2, reason: ' Uploaded to the wrong client ' } }));
    const [row] = await t.db.query(`SELECT removed_by, removal_reason, storage_key FROM document WHERE id = $1`, [document.id]);
    expect(row).toMatchObject({ removed_by: people.caseManager.id, removal_reason: 'Uploaded to the wrong client' });
    expect(await t.db.query(`SELECT 1 FROM document_content WHERE key = $1`, [row.storage_key])).toEqual([]);
    expect((await download('caseManager', document.id)).status).toBe(404);
    expect((await as('caseManager')(ONE, { id: document.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await ok(as('caseManager')(LIST, { clientId, first: 100 }))).edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(document.id);
    const again = await as('caseManager')(REMOVE, { input: { documentId: document.id, version: 3, reason: 'Again' } });
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const audit = await auditOf(document.id);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(audit[1].changes).toMatchObject({ expiresOn: { from: daysFromToday(30), to: daysFromToday(-1) }, titleLength: { from: 8, to: 14 } });
    expect(audit[2]).toMatchObject({ actor_id: people.caseManager.id, client_id: clientId, reason: 'Uploaded to the wrong client', changes: expect.objectContaining({ sha256: { from: document.sha256 } }) });
    const timeline = await t.db.query(`SELECT summary FROM client_timeline_entry WHERE source_id = $1 ORDER BY occurred_at`, [document.id]);
    expect(timeline.map((r: { summary: string }) => r.summary)).toEqual(['ID document uploaded: State ID (old)', 'ID document removed: State ID (old)']);
  });

  it('moves a duplicate’s documents to the record that lives on when the two are merged', async () => {
    const target = await newClient(t, people.admin.token);
    const source = await newClient(t, people.admin.token);
    const own = await uploaded({ clientId: source, title: 'ID of the duplicate' }, SAMPLES['text/plain'], 'admin');
    await ok(as('supervisor')(`mutation ($input: MergeClientsInput!) { mergeClients(input: $input) { id } }`, {
      input: { sourceClientId: source, sourceVersion: 1, targetClientId: target, targetVersion: 1, reason: 'Same person' },
    }));
    const moved = await ok(as('supervisor')(LIST, { clientId: target, ownerType: 'CLIENT', ownerId: target }));
    expect(moved.edges.map((e: { node: { id: string; clientId: string; ownerId: string } }) => e.node)).toEqual([
      expect.objectContaining({ id: own.id, clientId: target, ownerId: target }),
    ]);
  });
});
