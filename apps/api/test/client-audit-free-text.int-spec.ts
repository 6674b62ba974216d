import { ok, staff, takeIn, type Worker } from './support/client-fixtures';
import { CREATE_NOTE, SIGN_NOTE, UPDATE_CLIENT } from './support/client-operations';
import { newAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const ADDENDUM = `mutation ($input: AddCaseNoteAddendumInput!) { addCaseNoteAddendum(input: $input) { id } }`;
const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id version } }`;
const UPDATE_INCIDENT = `mutation ($input: UpdateIncidentInput!) { updateIncident(input: $input) { id version } }`;
const REVIEW = `mutation ($input: ReviewIncidentInput!) { reviewIncident(input: $input) { id status } }`;

/** What a client told their worker stays in the record; the permanent trail keeps that it changed and how long it is. */
describe('client records: the audit trail keeps free text by its length', () => {
  let t: TestApp;
  let workers: Record<'admin' | 'supervisor', Worker>;
  const changesOf = async (entityType: string, entityId: string) =>
    (await t.db.query(`SELECT changes FROM audit_event WHERE entity_type = $1 AND entity_id = $2 AND action <> 'READ' ORDER BY id`, [entityType, entityId])).map(
      (row: { changes: unknown }) => row.changes,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const agency = await newAgency(t);
    workers = await staff(t, { admin: agency.admin, supervisor: [agency, 'SUPERVISOR'] });
  });
  afterAll(() => t.close());

  it("records a client's presenting needs and referral reason as changed lengths, names and status as they were and became", async () => {
    const token = workers.admin.token;
    const client = await takeIn(t, token, { legalFirstName: 'Rosa', legalLastName: 'Marquez', presentingNeeds: 'Afraid of her brother', referralReason: 'School nurse' });
    await ok(t.gql(UPDATE_CLIENT, { input: { clientId: client.id, version: client.version, legalFirstName: 'Rosalind', presentingNeeds: 'Needs a safe place' } }, { token }));
    const [created, updated] = await changesOf('Client', client.id);
    expect(created).toMatchObject({ legalFirstName: { to: 'Rosa' }, presentingNeedsLength: { to: 21 }, referralReasonLength: { to: 12 } });
    expect(created).not.toHaveProperty('presentingNeeds');
    expect(updated).toEqual({ legalFirstName: { from: 'Rosa', to: 'Rosalind' }, presentingNeedsLength: { from: 21, to: 18 } });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND changes::text ~ 'brother|safe place|School nurse'`, [client.id])).toEqual([{ n: 0 }]);
  });

  it("records an addendum's text, an incident's description and actions, and a review note by their length", async () => {
    const token = workers.admin.token;
    const { id: clientId } = await takeIn(t, token);
    const note = await ok(t.gql(CREATE_NOTE, { input: { clientId, noteType: 'HOME_VISIT', occurredAt: new Date().toISOString(), narrative: 'Visited at home.' } }, { token }));
    await ok(t.gql(SIGN_NOTE, { input: { noteId: note.id, version: note.version } }, { token }));
    await ok(t.gql(ADDENDUM, { input: { noteId: note.id, text: 'Her brother was present.' } }, { token }));
    const addenda = await t.db.query(`SELECT changes FROM audit_event WHERE entity_type = 'CaseNoteAddendum' AND client_id = $1`, [clientId]);
    expect(addenda).toEqual([{ changes: { noteId: { to: note.id }, textLength: { to: 24 } } }]);

    const incident = await ok(
      t.gql(REPORT, { input: { clientId, incidentType: 'FALL', severity: 'LOW', occurredAt: new Date().toISOString(), description: 'Pushed on the stairs', actionsTaken: 'Iced the knee' } }, { token }),
    );
    const edited = await ok(t.gql(UPDATE_INCIDENT, { input: { incidentId: incident.id, version: incident.version, description: 'Pushed down the stairs' } }, { token }));
    await ok(t.gql(REVIEW, { input: { incidentId: incident.id, version: edited.version, reviewNote: 'Call the police liaison' } }, { token: workers.supervisor.token }));
    const [reported, updated, reviewed] = await changesOf('Incident', incident.id);
    expect(reported).toMatchObject({ severity: { to: 'LOW' }, descriptionLength: { to: 20 }, actionsTakenLength: { to: 13 } });
    expect(updated).toEqual({ descriptionLength: { from: 20, to: 22 } });
    expect(reviewed).toMatchObject({ status: { from: 'REPORTED', to: 'REVIEWED' }, reviewNoteLength: { to: 23 } });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND changes::text ~ 'brother|stairs|knee|police'`, [clientId])).toEqual([{ n: 0 }]);
  });
});
