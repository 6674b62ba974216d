import { RequestContext } from '@waymark/api/common';
import { ConsentCheck } from '@waymark/api/client';
import { ActorType, calendarDay } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { newClient, ok, type StaffedAgency, staffedAgency, type Worker } from './support/client-fixtures';
import { ADD_CONTACT } from './support/client-operations';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const FIELDS = `id version clientId categories recipientKind recipientName recipientContactId recipientAgencyId purpose
  effectiveFrom effectiveUntil signatureMethod signedOn documentReference revokedAt revokedReason state
  recordedBy { id } revokedBy { id }`;
const LIST = `query ($clientId: ID!) { clientConsents(clientId: $clientId) { ${FIELDS} } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { ${FIELDS} } }`;
const REVOKE = `mutation ($input: RevokeConsentInput!) { revokeConsent(input: $input) { ${FIELDS} } }`;
const DECISION = `query ($clientId: ID!, $category: ConsentCategory!, $recipientAgencyId: ID, $recipientContactId: ID, $recipientName: String, $at: DateTime) {
  consentDecision(clientId: $clientId, category: $category, recipientAgencyId: $recipientAgencyId,
    recipientContactId: $recipientContactId, recipientName: $recipientName, at: $at) { allowed consentId reason }
}`;
const PARTNERS = `query ($search: String) { partnerAgencies(search: $search) { id name } }`;

/** A calendar day `days` from today, as the consent rules count days. */
const day = (days: number) => calendarDay(new Date(Date.now() + days * 86_400_000));

describe('client consents', () => {
  let t: TestApp;
  let agency: TestAgency;
  let recipientAgency: TestAgency;
  let otherAgency: TestAgency;
  let supervisor: Worker;
  let auditor: Worker;
  let stranger: Worker;
  let as: StaffedAgency<'supervisor' | 'auditor'>['as'];
  let clientId: string;
  let otherClientId: string;
  let contactId: string;
  let otherClientContactId: string;
  let foreignContactId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, otherAgency, people: { supervisor, auditor, stranger }, as } = await staffedAgency(t, { supervisor: 'SUPERVISOR', auditor: 'AUDITOR' }));
    recipientAgency = await newAgency(t);
    clientId = await newClient(t, supervisor.token, { status: 'ACTIVE' });
    otherClientId = await newClient(t, supervisor.token, { status: 'ACTIVE', legalFirstName: 'Mateo', legalLastName: 'Lindqvist' });
    const foreignClientId = await newClient(t, stranger.token, { status: 'ACTIVE' });
    const contact = async (clientOf: string, { token }: Worker) =>
      (await ok(t.gql(ADD_CONTACT, { input: { clientId: clientOf, kind: 'PROFESSIONAL', relationship: 'physician', name: 'Dr. Amal Haddad' } }, { token }))).id;
    contactId = await contact(clientId, supervisor);
    otherClientContactId = await contact(otherClientId, supervisor);
    foreignContactId = await contact(foreignClientId, stranger);
  });
  afterAll(() => t.close());

  const toAgency = (overrides: Record<string, unknown> = {}) => ({
    clientId,
    categories: ['CASE_NOTES', 'CARE_PLAN'],
    recipientKind: 'AGENCY',
    recipientAgencyId: recipientAgency.id,
    purpose: 'Coordinate housing support after discharge',
    effectiveFrom: day(-30),
    effectiveUntil: day(335),
    signatureMethod: 'WRITTEN',
    signedOn: day(-30),
    documentReference: 'ROI-2291 (scanned)',
    ...overrides,
  });
  const record = (input: Record<string, unknown>) => ok(as('supervisor')(RECORD, { input }));
  const consentCount = async () => Number((await t.db.query(`SELECT count(*) FROM consent WHERE agency_id = $1`, [agency.id]))[0].count);
  const auditRows = async (entityId: string) =>
    t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = 'Consent' AND entity_id = $1 ORDER BY id`, [entityId]);
  const timeline = async (sourceId: string) =>
    t.db.query(`SELECT kind, summary, actor_id FROM client_timeline_entry WHERE source_id = $1 ORDER BY occurred_at`, [sourceId]);
  const decide = (subject: string, category: string, recipient: Record<string, unknown>, at?: Date) =>
    ok(as('supervisor')(DECISION, { clientId: subject, category, ...recipient, at: at?.toISOString() }));

  it('records a release to another agency on Waymark, named as that agency, on the timeline and in the audit trail', async () => {
    const consent = await record(toAgency());
    expect(consent).toMatchObject({
      clientId,
      categories: ['CASE_NOTES', 'CARE_PLAN'],
      recipientKind: 'AGENCY',
      recipientAgencyId: recipientAgency.id,
      recipientName: expect.stringMatching(/^Agency /),
      recipientContactId: null,
      state: 'ACTIVE',
      revokedAt: null,
      recordedBy: { id: supervisor.id },
      version: 1,
    });
    expect(await timeline(consent.id)).toEqual([{ kind: 'CONSENT', summary: 'Consent to share with another agency recorded', actor_id: supervisor.id }]);
    const [audit] = await auditRows(consent.id);
    expect(audit).toMatchObject({ action: 'CREATE', actor_id: supervisor.id, client_id: clientId });
    expect(audit.changes).toMatchObject({ categories: { to: ['CASE_NOTES', 'CARE_PLAN'] }, recipientAgencyId: { to: recipientAgency.id }, signedOn: { to: day(-30) } });
  });

  it("records a release to a person of the client's own network, or to an organization by name", async () => {
    const person = await record(toAgency({ recipientKind: 'PERSON', recipientAgencyId: null, recipientContactId: contactId, categories: ['MEDICAL'] }));
    expect(person).toMatchObject({ recipientKind: 'PERSON', recipientContactId: contactId, recipientName: 'Dr. Amal Haddad', state: 'ACTIVE' });
    const organization = await record(
      toAgency({ recipientKind: 'ORGANIZATION', recipientAgencyId: null, recipientName: '  County Housing Authority ', effectiveUntil: null, signatureMethod: 'VERBAL' }),
    );
    expect(organization).toMatchObject({ recipientName: 'County Housing Authority', effectiveUntil: null, signatureMethod: 'VERBAL', state: 'ACTIVE' });
    const pending = await record(toAgency({ effectiveFrom: day(10), effectiveUntil: day(40) }));
    expect(pending.state).toBe('PENDING');
    const expired = await record(toAgency({ effectiveFrom: day(-400), effectiveUntil: day(-35), signedOn: day(-400) }));
    expect(expired.state).toBe('EXPIRED');
  });

  it("answers NOT_FOUND for another client's or another agency's contact, and for an unknown agency, writing nothing", async () => {
    const before = await consentCount();
    const person = (recipientContactId: string) => toAgency({ recipientKind: 'PERSON', recipientAgencyId: null, recipientContactId });
    for (const input of [person(otherClientContactId), person(foreignContactId), toAgency({ recipientAgencyId: '00000000-0000-4000-8000-000000000000' })]) {
      expect(codeOf(await as('supervisor')(RECORD, { input }))).toBe('NOT_FOUND');
    }
    expect(await consentCount()).toBe(before);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = await consentCount();
    const cases: [Record<string, unknown>, string | undefined][] = [
      [toAgency({ effectiveFrom: day(10), effectiveUntil: day(5) }), 'effectiveUntil'],
      [toAgency({ purpose: 'p'.repeat(2001) }), 'purpose'],
      [toAgency({ purpose: '  ' }), 'purpose'],
      [toAgency({ documentReference: 'd'.repeat(201) }), 'documentReference'],
      [toAgency({ categories: [] }), 'categories'],
      [toAgency({ categories: ['MEDICAL', 'MEDICAL'] }), 'categories'],
      [toAgency({ effectiveFrom: '2025-02-30' }), 'effectiveFrom'],
      [toAgency({ effectiveFrom: '2025-W01-1' }), 'effectiveFrom'],
      [toAgency({ signedOn: day(2) }), 'signedOn'],
      [toAgency({ recipientName: 'Someone Else' }), 'recipientName'],
      [toAgency({ recipientAgencyId: agency.id }), 'recipientAgencyId'],
      [toAgency({ recipientAgencyId: null }), 'recipientAgencyId'],
      [toAgency({ recipientKind: 'ORGANIZATION', recipientAgencyId: null }), 'recipientName'],
      [toAgency({ recipientKind: 'ORGANIZATION', recipientName: 'Clinic' }), 'recipientAgencyId'],
      [toAgency({ recipientKind: 'PERSON', recipientAgencyId: null, recipientContactId: contactId, recipientName: 'Other' }), 'recipientName'],
      [toAgency({ categories: ['GENETICS'] }), undefined], // not a ConsentCategory: GraphQL refuses it before any code runs
    ];
    for (const [input, field] of cases) {
      const res = await as('supervisor')(RECORD, { input });
      expect([input, codeOf(res)]).toEqual([input, 'BAD_USER_INPUT']);
      if (field) expect([input, (res.errors?.[0].extensions.fields as { field: string }[]).map((f) => f.field)]).toEqual([input, expect.arrayContaining([field])]);
    }
    expect(await consentCount()).toBe(before);
  });

  it('revokes with a reason, once: on the timeline, audited, refused a second time', async () => {
    const consent = await record(toAgency());
    const revoked = (await as('supervisor')(REVOKE, { input: { consentId: consent.id, version: 1, reason: 'Client asked to stop sharing' } })).data?.revokeConsent;
    expect(revoked).toMatchObject({ state: 'REVOKED', revokedReason: 'Client asked to stop sharing', revokedBy: { id: supervisor.id }, version: 2 });
    expect((await timeline(consent.id)).map((e: { summary: string }) => e.summary)).toEqual([
      'Consent to share with another agency recorded',
      'Consent to share with another agency revoked',
    ]);
    expect((await auditRows(consent.id)).at(-1)).toMatchObject({
      action: 'UPDATE',
      changes: { revokedAt: { from: null, to: revoked.revokedAt }, revokedReason: { from: null, to: 'Client asked to stop sharing' } },
    });
    const again = await as('supervisor')(REVOKE, { input: { consentId: consent.id, version: 2, reason: 'Twice' } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions.reason).toBe('ILLEGAL_TRANSITION');
    const [row] = await t.db.query(`SELECT revoked_reason, version FROM consent WHERE id = $1`, [consent.id]);
    expect(row).toEqual({ revoked_reason: 'Client asked to stop sharing', version: 2 });
  });

  it('refuses a revocation without a reason or at a version other than the current one', async () => {
    const consent = await record(toAgency());
    expect(codeOf(await as('supervisor')(REVOKE, { input: { consentId: consent.id, version: 1, reason: '   ' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('supervisor')(REVOKE, { input: { consentId: consent.id, version: 2, reason: 'Stale screen' } }))).toBe('CONFLICT');
    const [row] = await t.db.query(`SELECT revoked_at, version FROM consent WHERE id = $1`, [consent.id]);
    expect(row).toEqual({ revoked_at: null, version: 1 });
    expect(await timeline(consent.id)).toHaveLength(1);
  });

  describe('deciding whether data may be shared', () => {
    // A client of their own, so the consents of the tests above do not take part.
    let subject: string;
    beforeAll(async () => {
      subject = await newClient(t, supervisor.token, { status: 'ACTIVE', legalFirstName: 'Noor', legalLastName: 'Abadi' });
    });
    const give = (overrides: Record<string, unknown>) => record(toAgency({ clientId: subject, ...overrides }));
    const ask = (category: string, recipient: Record<string, unknown>, at?: Date) => decide(subject, category, recipient, at);

    it('allows a category of a consent in force, and says why it refuses otherwise', async () => {
      const inForce = await give({ categories: ['MEDICAL', 'MENTAL_HEALTH'] });
      const agencyRecipient = { recipientAgencyId: recipientAgency.id };
      expect(await ask('MEDICAL', agencyRecipient)).toEqual({ allowed: true, consentId: inForce.id, reason: 'IN_FORCE' });
      expect(await ask('SUBSTANCE_USE', agencyRecipient)).toEqual({ allowed: false, consentId: inForce.id, reason: 'CATEGORY_NOT_COVERED' });
      expect(await ask('MEDICAL', { recipientAgencyId: otherAgency.id })).toEqual({ allowed: false, consentId: null, reason: 'NO_CONSENT' });
      expect(await ask('MEDICAL', agencyRecipient, new Date(Date.now() - 31 * 86_400_000))).toMatchObject({ allowed: false, reason: 'NOT_YET_IN_FORCE' });
      expect(await ask('MEDICAL', agencyRecipient, new Date(Date.now() + 400 * 86_400_000))).toMatchObject({ allowed: false, reason: 'EXPIRED' });

      await as('supervisor')(REVOKE, { input: { consentId: inForce.id, version: 1, reason: 'Withdrawn' } });
      expect(await ask('MEDICAL', agencyRecipient)).toEqual({ allowed: false, consentId: inForce.id, reason: 'REVOKED' });
      // What was shared while it stood was allowed then.
      expect(await ask('MEDICAL', agencyRecipient, new Date(Date.now() - 86_400_000))).toMatchObject({ allowed: true, reason: 'IN_FORCE' });

      const renewed = await give({ categories: ['MEDICAL'], effectiveFrom: day(0), signedOn: day(0) });
      expect(await ask('MEDICAL', agencyRecipient)).toEqual({ allowed: true, consentId: renewed.id, reason: 'IN_FORCE' });
    });

    it('decides for a contact of the client and for a named organization', async () => {
      const contactConsent = await give({ recipientKind: 'PERSON', recipientAgencyId: null, recipientContactId: await newContact(), categories: ['CARE_PLAN'] });
      expect(await ask('CARE_PLAN', { recipientContactId: contactConsent.recipientContactId })).toMatchObject({ allowed: true, consentId: contactConsent.id });
      expect(await ask('CARE_PLAN', { recipientContactId: contactId })).toMatchObject({ allowed: false, reason: 'NO_CONSENT' });
      await give({ recipientKind: 'ORGANIZATION', recipientAgencyId: null, recipientName: 'Food Bank of the Valley', categories: ['BENEFITS'] });
      expect(await ask('BENEFITS', { recipientName: 'food bank of the valley' })).toMatchObject({ allowed: true, reason: 'IN_FORCE' });
      expect(codeOf(await as('supervisor')(DECISION, { clientId: subject, category: 'BENEFITS' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await as('supervisor')(DECISION, { clientId: subject, category: 'BENEFITS', recipientName: 'x', recipientAgencyId: recipientAgency.id }))).toBe('BAD_USER_INPUT');
    });

    it('gives referrals and exports the same answer through ConsentCheck.mayShare', async () => {
      const asked = (recipient: { agencyId: string } | { name: string }) =>
        t.app.get(ClsService).run(() => {
          t.app.get(RequestContext).setPrincipal({
            actorType: ActorType.USER,
            id: supervisor.id,
            agencyId: agency.id,
            role: 'SUPERVISOR',
            sessionId: supervisor.id,
            mustChangePassword: false,
          });
          return t.app.get(ConsentCheck).mayShare({ clientId: subject, category: 'MEDICAL', recipient });
        });
      expect(await asked({ agencyId: recipientAgency.id })).toMatchObject({ allowed: true, reason: 'IN_FORCE' });
      expect(await asked({ agencyId: otherAgency.id })).toEqual({ allowed: false, consentId: null, reason: 'NO_CONSENT' });
      expect(await asked({ name: 'Food Bank of the Valley' })).toMatchObject({ allowed: false, reason: 'CATEGORY_NOT_COVERED' });
    });

    it('audits each decision as a read of the client', async () => {
      const before = await t.db.query(`SELECT count(*) FROM audit_event WHERE action = 'READ' AND entity_type = 'Consent' AND client_id = $1`, [subject]);
      await ask('EDUCATION', { recipientAgencyId: recipientAgency.id });
      const after = await t.db.query(`SELECT count(*) FROM audit_event WHERE action = 'READ' AND entity_type = 'Consent' AND client_id = $1`, [subject]);
      expect(Number(after[0].count)).toBe(Number(before[0].count) + 1);
    });

    async function newContact(): Promise<string> {
      const res = await as('supervisor')(ADD_CONTACT, { input: { clientId: subject, kind: 'FAMILY', relationship: 'sister', name: 'Dana Abadi' } });
      return res.data?.addClientContact.id;
    }
  });

  it("lists a client's consents, newest first, and audits the read", async () => {
    const list = (await as('auditor')(LIST, { clientId })).data?.clientConsents;
    expect(list.length).toBeGreaterThan(2);
    const starts = list.map((c: { effectiveFrom: string }) => c.effectiveFrom);
    expect(starts).toEqual([...starts].sort().reverse());
    const reads = await t.db.query(`SELECT client_id FROM audit_event WHERE action = 'READ' AND entity_type = 'Consent' AND actor_id = $1`, [auditor.id]);
    expect(reads).toContainEqual({ client_id: clientId });
  });

  it('lets an auditor read and ask, but not record or revoke', async () => {
    const consent = await record(toAgency());
    const before = await consentCount();
    const auditorAsks = as('auditor');
    expect((await auditorAsks(DECISION, { clientId, category: 'CASE_NOTES', recipientAgencyId: recipientAgency.id })).data?.consentDecision.allowed).toBe(true);
    expect(codeOf(await auditorAsks(RECORD, { input: toAgency() }))).toBe('FORBIDDEN');
    expect(codeOf(await auditorAsks(REVOKE, { input: { consentId: consent.id, version: 1, reason: 'No' } }))).toBe('FORBIDDEN');
    expect(await consentCount()).toBe(before);
    expect((await t.db.query(`SELECT revoked_at FROM consent WHERE id = $1`, [consent.id]))[0].revoked_at).toBeNull();
  });

  it("answers NOT_FOUND for another agency's client and consents, and changes nothing", async () => {
    const consent = await record(toAgency());
    const before = await consentCount();
    const stranger = as('stranger');
    for (const res of [
      await stranger(LIST, { clientId }),
      await stranger(RECORD, { input: toAgency() }),
      await stranger(REVOKE, { input: { consentId: consent.id, version: 1, reason: 'Taken over' } }),
      await stranger(DECISION, { clientId, category: 'CASE_NOTES', recipientAgencyId: recipientAgency.id }),
    ]) {
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    expect(await consentCount()).toBe(before);
    expect((await t.db.query(`SELECT revoked_at FROM consent WHERE id = $1`, [consent.id]))[0].revoked_at).toBeNull();
  });

  it('offers the other agencies on Waymark as recipients to pick from, by name, never the caller’s own', async () => {
    const nameOf = async (id: string) => (await t.db.query(`SELECT name FROM agency WHERE id = $1`, [id]))[0].name as string;
    const partners = async (search?: string) => (await as('auditor')(PARTNERS, { search })).data?.partnerAgencies as { id: string; name: string }[];
    const recipientName = await nameOf(recipientAgency.id);
    expect(await partners(recipientName.toUpperCase())).toEqual([{ id: recipientAgency.id, name: recipientName }]);
    expect(await partners(await nameOf(agency.id))).toEqual([]);
    const everyone = await partners();
    expect(everyone.length).toBeGreaterThan(0);
    expect(everyone.map((partner) => partner.id)).not.toContain(agency.id);
    // A search is text, not a pattern.
    expect(await partners('%')).toEqual([]);
    expect(codeOf(await as('auditor')(PARTNERS, { search: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
  });
});
