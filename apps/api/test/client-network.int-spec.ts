import { clientOnCaseload, ok, staffedAgency, type StaffedAgency, type Worker } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const FIELDS = 'id version clientId kind relationship name organization phone email address emergencyContact legalDecisionMaker mayShareInformation notes archivedAt';
const LIST = `query ($clientId: ID!, $includeArchived: Boolean) { clientContacts(clientId: $clientId, includeArchived: $includeArchived) { ${FIELDS} } }`;
const ADD = `mutation ($input: AddClientContactInput!) { addClientContact(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateClientContactInput!) { updateClientContact(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation ($input: ClientContactVersionInput!) { archiveClientContact(input: $input) { ${FIELDS} } }`;

const MOTHER = { kind: 'FAMILY', relationship: 'mother', name: 'Elena Quintero', phone: '(555) 201-3344', emergencyContact: true };

const ROLES = {
  supervisor: 'SUPERVISOR',
  caseManager: 'CASE_MANAGER',
  otherCaseManager: 'CASE_MANAGER',
  auditor: 'AUDITOR',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

describe('client support network', () => {
  let t: TestApp;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let clientId: string;
  let people: Record<Who, Worker>;

  beforeAll(async () => {
    t = await startTestApp();
    ({ people, as } = await staffedAgency(t, ROLES));
    clientId = await clientOnCaseload(t, people.admin.token, people.caseManager);
  });
  afterAll(() => t.close());

  const contactRows = async (where = 'TRUE', params: unknown[] = []) =>
    t.db.query(`SELECT * FROM client_contact WHERE client_id = '${clientId}' AND ${where}`, params);
  const auditRows = async (entityId: string) =>
    t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = 'ClientContact' AND entity_id = $1 ORDER BY id`, [entityId]);
  const readRows = async (actorId: string) =>
    t.db.query(`SELECT action, client_id FROM audit_event WHERE entity_type = 'ClientContact' AND action = 'READ' AND actor_id = $1`, [actorId]);
  const add = (input: Record<string, unknown>, who: Who = 'supervisor') => ok(as(who)(ADD, { input: { clientId, ...input } }));

  it("lets the client's case manager add people to the network, trimmed and audited with every field", async () => {
    const res = await as('caseManager')(ADD, {
      input: { clientId, ...MOTHER, name: '  Elena Quintero ', email: 'elena@example.org', legalDecisionMaker: true, notes: 'Speaks Spanish' },
    });
    const contact = res.data?.addClientContact;
    expect(contact).toMatchObject({
      clientId,
      kind: 'FAMILY',
      relationship: 'mother',
      name: 'Elena Quintero',
      organization: null,
      emergencyContact: true,
      legalDecisionMaker: true,
      mayShareInformation: false,
      archivedAt: null,
      version: 1,
    });
    const [audit] = await auditRows(contact.id);
    expect(audit).toMatchObject({ action: 'CREATE', actor_id: people.caseManager.id, client_id: clientId });
    expect(audit.changes).toEqual({
      kind: { to: 'FAMILY' },
      relationship: { to: 'mother' },
      name: { to: 'Elena Quintero' },
      phone: { to: '(555) 201-3344' },
      email: { to: 'elena@example.org' },
      emergencyContact: { to: true },
      legalDecisionMaker: { to: true },
      mayShareInformation: { to: false },
      notes: { to: 'Speaks Spanish' },
    });
  });

  it('lists emergency contacts first, then by name, and audits the read', async () => {
    const physician = await add({ kind: 'PROFESSIONAL', relationship: 'physician', name: 'Dr. Amal Haddad', organization: 'Eastside Clinic' });
    const list = (await as('caseManager')(LIST, { clientId })).data?.clientContacts;
    const names = list.map((c: { name: string }) => c.name);
    expect(names.indexOf('Elena Quintero')).toBeLessThan(names.indexOf('Dr. Amal Haddad'));
    expect(list.find((c: { id: string }) => c.id === physician.id)).toMatchObject({ organization: 'Eastside Clinic', emergencyContact: false });
    expect(await readRows(people.caseManager.id)).toContainEqual({ action: 'READ', client_id: clientId });
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = (await contactRows()).length;
    const cases: [Record<string, unknown>, string | undefined][] = [
      [{ ...MOTHER, name: 'x'.repeat(101) }, 'name'],
      [{ ...MOTHER, name: '   ' }, 'name'],
      [{ ...MOTHER, relationship: 'r'.repeat(101) }, 'relationship'],
      [{ ...MOTHER, email: 'not-an-address' }, 'email'],
      [{ ...MOTHER, phone: 'call me maybe' }, 'phone'],
      [{ ...MOTHER, phone: '5'.repeat(41) }, 'phone'],
      [{ ...MOTHER, notes: 'n'.repeat(2001) }, 'notes'],
      [{ ...MOTHER, phone: null }, 'phone'], // an emergency contact must be callable
      [{ ...MOTHER, kind: 'NEIGHBOUR' }, undefined], // not a ContactKind: GraphQL refuses it before any code runs
    ];
    for (const [input, field] of cases) {
      const res = await as('supervisor')(ADD, { input: { clientId, ...input } });
      expect([input, codeOf(res)]).toEqual([input, 'BAD_USER_INPUT']);
      if (field) expect((res.errors?.[0].extensions.fields as { field: string }[]).map((f) => f.field)).toContain(field);
    }
    expect(codeOf(await as('supervisor')(ADD, { input: { ...MOTHER, clientId: 'not-an-id' } }))).toBe('BAD_USER_INPUT');
    expect(await contactRows()).toHaveLength(before);
  });

  it('changes only the fields given, clears with null, and audits each change from and to', async () => {
    const contact = await add({ kind: 'PROFESSIONAL', relationship: 'therapist', name: 'Sam Ortiz', organization: 'Bridge Counseling', email: 'sam@bridge.example' });
    const res = await as('supervisor')(UPDATE, {
      input: { contactId: contact.id, version: contact.version, phone: '555-0100', organization: null, mayShareInformation: true, name: 'Sam Ortiz' },
    });
    expect(res.data?.updateClientContact).toMatchObject({
      name: 'Sam Ortiz',
      relationship: 'therapist',
      email: 'sam@bridge.example',
      phone: '555-0100',
      organization: null,
      mayShareInformation: true,
      version: contact.version + 1,
    });
    expect((await auditRows(contact.id)).at(-1)).toMatchObject({
      action: 'UPDATE',
      actor_id: people.supervisor.id,
      client_id: clientId,
      changes: { phone: { from: null, to: '555-0100' }, organization: { from: 'Bridge Counseling', to: null }, mayShareInformation: { from: false, to: true } },
    });
  });

  it('refuses null for a required field and a stale version, and keeps the row as it was', async () => {
    const contact = await add({ kind: 'FRIEND', relationship: 'neighbour', name: 'Lou Park' });
    for (const input of [{ name: null }, { kind: null }, { emergencyContact: null }, { emergencyContact: true }]) {
      const res = await as('supervisor')(UPDATE, { input: { contactId: contact.id, version: contact.version, ...input } });
      expect([input, codeOf(res)]).toEqual([input, 'BAD_USER_INPUT']);
    }
    await as('supervisor')(UPDATE, { input: { contactId: contact.id, version: contact.version, relationship: 'neighbor' } });
    const stale = await as('supervisor')(UPDATE, { input: { contactId: contact.id, version: contact.version, relationship: 'friend' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const [row] = await contactRows('id = $1', [contact.id]);
    expect(row).toMatchObject({ name: 'Lou Park', kind: 'FRIEND', relationship: 'neighbor', version: contact.version + 1, emergency_contact: false });
    expect((await auditRows(contact.id)).map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('archives a contact: gone from the list, kept for the record, not archived twice', async () => {
    const contact = await add({ kind: 'PROFESSIONAL', relationship: 'employer', name: 'Harbor Bakery' });
    const archived = (await as('supervisor')(ARCHIVE, { input: { contactId: contact.id, version: contact.version } })).data?.archiveClientContact;
    expect(archived.archivedAt).toEqual(expect.any(String));
    const current = (await as('supervisor')(LIST, { clientId })).data?.clientContacts.map((c: { id: string }) => c.id);
    expect(current).not.toContain(contact.id);
    const all = (await as('supervisor')(LIST, { clientId, includeArchived: true })).data?.clientContacts;
    expect(all.at(-1)).toMatchObject({ id: contact.id, archivedAt: archived.archivedAt });
    expect(codeOf(await as('supervisor')(ARCHIVE, { input: { contactId: contact.id, version: archived.version } }))).toBe('BAD_USER_INPUT');
    expect((await auditRows(contact.id)).at(-1)).toMatchObject({ action: 'UPDATE', changes: { archivedAt: { from: null, to: archived.archivedAt } } });
  });

  it('lets an auditor read the network but change nothing', async () => {
    const contact = await add({ kind: 'GUARDIAN', relationship: 'legal guardian', name: 'Ines Vidal' });
    const list = await as('auditor')(LIST, { clientId });
    expect(list.data?.clientContacts.length).toBeGreaterThan(0);
    expect(await readRows(people.auditor.id)).toContainEqual({ action: 'READ', client_id: clientId });
    const before = (await contactRows()).length;
    expect(codeOf(await as('auditor')(ADD, { input: { clientId, ...MOTHER } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('auditor')(UPDATE, { input: { contactId: contact.id, version: contact.version, name: 'Changed' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('auditor')(ARCHIVE, { input: { contactId: contact.id, version: contact.version } }))).toBe('FORBIDDEN');
    expect(await contactRows()).toHaveLength(before);
    expect((await contactRows('id = $1', [contact.id]))[0]).toMatchObject({ name: 'Ines Vidal', archived_at: null, version: contact.version });
  });

  it("keeps a case manager out of a client who is not on their caseload", async () => {
    const before = (await contactRows()).length;
    expect(codeOf(await as('otherCaseManager')(LIST, { clientId }))).toBe('FORBIDDEN');
    expect(codeOf(await as('otherCaseManager')(ADD, { input: { clientId, ...MOTHER } }))).toBe('FORBIDDEN');
    expect(await contactRows()).toHaveLength(before);
  });

  it("answers NOT_FOUND for another agency's client and contacts, and changes nothing", async () => {
    const contact = await add({ kind: 'FAMILY', relationship: 'brother', name: 'Tomas Quintero' });
    const before = (await contactRows()).length;
    const stranger = as('stranger');
    for (const res of [
      await stranger(LIST, { clientId }),
      await stranger(ADD, { input: { clientId, ...MOTHER } }),
      await stranger(UPDATE, { input: { contactId: contact.id, version: contact.version, name: 'Taken' } }),
      await stranger(ARCHIVE, { input: { contactId: contact.id, version: contact.version } }),
      await as('supervisor')(LIST, { clientId: '00000000-0000-0000-0000-000000000000' }),
    ]) {
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    expect(await contactRows()).toHaveLength(before);
    expect((await contactRows('id = $1', [contact.id]))[0]).toMatchObject({ name: 'Tomas Quintero', archived_at: null, version: 1 });
  });
});
