import { newClient, ok } from './support/client-fixtures';
import { newAgency, signIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const NOTE = `mutation ($input: CreateCaseNoteInput!) { createCaseNote(input: $input) { id } }`;
const INCIDENT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`;
const CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;

/** The database itself refuses a value no code knows, whatever writes it (a script, a later migration). */
describe('client records: the database keeps coded columns to their codes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses an unknown note type, incident severity or status, and consent signature method', async () => {
    const agency = await newAgency(t);
    const token = (await signIn(t, agency.admin)).accessToken;
    const clientId = await newClient(t, token);
    const when = '2025-01-01T10:00:00Z';
    const note = await ok(t.gql(NOTE, { input: { clientId, noteType: 'HOME_VISIT', occurredAt: when } }, { token }));
    const incident = await ok(t.gql(INCIDENT, { input: { clientId, incidentType: 'FALL', severity: 'LOW', occurredAt: when, description: 'Slipped' } }, { token }));
    const consent = await ok(
      t.gql(
        CONSENT,
        {
          input: { clientId, categories: ['MEDICAL'], recipientKind: 'ORGANIZATION', recipientName: 'Clinic', purpose: 'Care', effectiveFrom: '2025-01-01', signatureMethod: 'WRITTEN', signedOn: '2025-01-01' },
        },
        { token },
      ),
    );
    const refusals = [
      [`UPDATE case_note SET note_type = 'GOSSIP' WHERE id = $1`, note.id],
      [`UPDATE incident SET severity = 'EXTREME' WHERE id = $1`, incident.id],
      [`UPDATE incident SET status = 'FORGOTTEN' WHERE id = $1`, incident.id],
      [`UPDATE consent SET signature_method = 'TELEPATHY' WHERE id = $1`, consent.id],
    ];
    for (const [sql, id] of refusals) {
      await expect(t.db.query(sql, [id])).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
    }
  });
});
