import { onCaseload, type StaffedAgency, staffedAgency, type Worker } from './support/client-fixtures';
import { codeOf, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const CLIENT_FIELDS = `id version clientNumber status legalFirstName legalLastName preferredName displayName dateOfBirth age pronouns gender
  primaryLanguage interpreterNeeded phone email address { line1 line2 city region postalCode } riskLevel flags referralSource
  referralReason presentingNeeds mergedIntoId createdAt updatedAt identifiers { id kind masked version }`;
const CREATE = `mutation ($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { ${CLIENT_FIELDS} } }`;
const STATUS = `mutation ($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { id version status } }`;
const GET = `query ($id: ID!, $accessReason: String) { client(id: $id, accessReason: $accessReason) { ${CLIENT_FIELDS} } }`;
const SET_ID = `mutation ($input: SetClientIdentifierInput!) { setClientIdentifier(input: $input) { id identifiers { id kind masked version } } }`;
const REMOVE_ID = `mutation ($input: RemoveClientIdentifierInput!) { removeClientIdentifier(input: $input) { id identifiers { id kind } } }`;
const REVEAL = `mutation ($input: RevealClientIdentifierInput!) { revealClientIdentifier(input: $input) { value } }`;
const SETTINGS = `{ clientSettings { caseManagersOpenAnyClient lateEntryDays version } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateClientSettingsInput!) { updateClientSettings(input: $input) { caseManagersOpenAnyClient lateEntryDays version } }`;

const MEDICAID = 'MCD-4417-2290-8813';

const ROLES = {
  supervisor: 'SUPERVISOR',
  caseManager: 'CASE_MANAGER',
  otherCaseManager: 'CASE_MANAGER',
  intake: 'INTAKE',
  auditor: 'AUDITOR',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

describe('client records: the person', () => {
  let t: TestApp;
  let agency: TestAgency;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let people: Record<Who, Worker>;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people, as } = await staffedAgency(t, ROLES));
  });
  afterAll(() => t.close());

  const create = async (who: Who, input: Record<string, unknown>) => {
    const res = await as(who)(CREATE, { input: { legalFirstName: 'Test', legalLastName: 'Person', ...input } });
    if (!res.data?.createClient) throw new Error(JSON.stringify(res.errors));
    return res.data.createClient;
  };
  const row = async (id: string) => (await t.db.query(`SELECT * FROM client WHERE id = $1`, [id]))[0];
  const auditOf = (entityId: string) =>
    t.db.query(`SELECT action, entity_type, actor_id, client_id, changes, reason FROM audit_event WHERE entity_id = $1 ORDER BY id`, [entityId]);
  const clientCount = async (agencyId = agency.id) => Number((await t.db.query(`SELECT count(*) FROM client WHERE agency_id = $1`, [agencyId]))[0].count);

  describe('intake', () => {
    it('takes a client in with the next client number, a status history, a timeline entry and an audited creation', async () => {
      const created = await create('intake', {
        status: 'INQUIRY',
        legalFirstName: '  Mariana ',
        legalLastName: 'García',
        preferredName: 'Mari',
        dateOfBirth: '1990-06-15',
        pronouns: 'she/her',
        primaryLanguage: 'Spanish',
        interpreterNeeded: true,
        phone: '(555) 010-2233',
        email: 'mari@example.org',
        address: { line1: '12 Elm St', city: 'Springfield', region: 'IL', postalCode: '62701' },
        riskLevel: 'HIGH',
        flags: ['ALLERGY', 'DO_NOT_VISIT_ALONE'],
        referralSource: 'County hospital',
        referralReason: 'Discharge planning',
        presentingNeeds: 'Housing and transport',
        identifiers: [{ kind: 'MEDICAID', value: MEDICAID }],
      });
      expect(created).toMatchObject({
        status: 'INQUIRY',
        legalFirstName: 'Mariana',
        displayName: 'Mari García',
        dateOfBirth: '1990-06-15',
        interpreterNeeded: true,
        address: { line1: '12 Elm St', line2: null, city: 'Springfield', region: 'IL', postalCode: '62701' },
        riskLevel: 'HIGH',
        flags: ['ALLERGY', 'DO_NOT_VISIT_ALONE'],
        mergedIntoId: null,
        version: 1,
        identifiers: [{ kind: 'MEDICAID', masked: '•••• 8813', version: 1 }],
      });
      const today = new Date();
      const birthdayPassed = today.getUTCMonth() > 5 || (today.getUTCMonth() === 5 && today.getUTCDate() >= 15);
      expect(created.age).toBe(today.getUTCFullYear() - 1990 - (birthdayPassed ? 0 : 1));
      expect(created.clientNumber).toMatch(/^C-\d{6}$/);
      const next = await create('caseManager', {});
      expect(Number(next.clientNumber.slice(2))).toBe(Number(created.clientNumber.slice(2)) + 1);
      expect(next).toMatchObject({ status: 'INTAKE', riskLevel: 'LOW', flags: [], address: null, identifiers: [], displayName: 'Test Person' });

      expect(await t.db.query(`SELECT from_status, to_status, changed_by FROM client_status_change WHERE client_id = $1`, [created.id])).toEqual([
        { from_status: null, to_status: 'INQUIRY', changed_by: people.intake.id },
      ]);
      expect(await t.db.query(`SELECT kind, source_type, source_id, actor_id FROM client_timeline_entry WHERE client_id = $1`, [created.id])).toEqual([
        { kind: 'INTAKE', source_type: 'Client', source_id: created.id, actor_id: people.intake.id },
      ]);
      const [audit] = await auditOf(created.id);
      expect(audit).toMatchObject({ action: 'CREATE', entity_type: 'Client', actor_id: people.intake.id, client_id: created.id });
      expect(audit.changes).toMatchObject({
        clientNumber: { to: created.clientNumber },
        legalFirstName: { to: 'Mariana' },
        dateOfBirth: { to: '1990-06-15' },
        flags: { to: ['ALLERGY', 'DO_NOT_VISIT_ALONE'] },
      });
      expect(await auditOf(created.identifiers[0].id)).toEqual([
        expect.objectContaining({ action: 'CREATE', entity_type: 'ClientIdentifier', client_id: created.id, changes: { kind: { to: 'MEDICAID' }, identifier: { to: '[redacted]' } } }),
      ]);
    });

    it('numbers clients per agency', async () => {
      const first = await as('stranger')(CREATE, { input: { legalFirstName: 'Ana', legalLastName: 'Other' } });
      expect(first.data?.createClient.clientNumber).toBe('C-000001');
    });

    it('refuses bad input naming the field, and writes nothing', async () => {
      const before = await clientCount();
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const cases: [Record<string, unknown>, string][] = [
        [{ legalFirstName: 'x'.repeat(101) }, 'legalFirstName'],
        [{ legalLastName: '   ' }, 'legalLastName'],
        [{ dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
        [{ dateOfBirth: '06/15/1990' }, 'dateOfBirth'],
        [{ dateOfBirth: tomorrow }, 'dateOfBirth'],
        [{ dateOfBirth: '1850-01-01' }, 'dateOfBirth'],
        [{ status: 'ACTIVE' }, 'status'],
        [{ phone: 'call me maybe' }, 'phone'],
        [{ email: 'not-an-address' }, 'email'],
        [{ presentingNeeds: 'x'.repeat(20_001) }, 'presentingNeeds'],
        [{ address: { city: 'x'.repeat(201) } }, 'address.city'],
        [{ flags: ['CRISIS', 'CRISIS'] }, 'flags'],
        [{ identifiers: [{ kind: 'SSN', value: '' }] }, 'identifiers.0.value'],
        [{ identifiers: [{ kind: 'SSN', value: '123-45-6789' }, { kind: 'SSN', value: '987-65-4321' }] }, 'identifiers'],
      ];
      for (const [input, field] of cases) {
        const res = await as('intake')(CREATE, { input: { legalFirstName: 'Bad', legalLastName: 'Input', ...input } });
        expect([field, codeOf(res)]).toEqual([field, 'BAD_USER_INPUT']);
        expect((res.errors?.[0].extensions.fields as { field: string }[]).map((f) => f.field)).toContain(field);
      }
      const unknownEnum = await as('intake')(CREATE, { input: { legalFirstName: 'Bad', legalLastName: 'Input', riskLevel: 'EXTREME' } });
      expect(codeOf(unknownEnum)).toBe('BAD_USER_INPUT');
      expect(unknownEnum.errors?.[0].message).toContain('riskLevel');
      expect(await clientCount()).toBe(before);
      // The rejected intakes did not use up client numbers either.
      const next = await create('intake', {});
      expect(Number(next.clientNumber.slice(2))).toBe(before + 1);
    });

    it('lets neither an auditor nor an anonymous caller take a client in', async () => {
      expect(codeOf(await as('auditor')(CREATE, { input: { legalFirstName: 'A', legalLastName: 'B' } }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE, { input: { legalFirstName: 'A', legalLastName: 'B' } }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('reading', () => {
    it('returns the record and audits the read, with the client', async () => {
      const { id } = await create('intake', { legalFirstName: 'Rhea' });
      const res = await as('auditor')(GET, { id });
      expect(res.data?.client).toMatchObject({ id, legalFirstName: 'Rhea' });
      expect((await auditOf(id)).filter((a: { action: string }) => a.action === 'READ')).toEqual([
        expect.objectContaining({ entity_type: 'Client', actor_id: people.auditor.id, client_id: id, reason: null }),
      ]);
    });

    it("answers NOT_FOUND for another agency's client and an unknown id, BAD_USER_INPUT for a malformed one", async () => {
      const { id } = await create('intake', {});
      const foreign = await as('stranger')(GET, { id });
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(foreign.data).toBeNull();
      expect(codeOf(await as('admin')(GET, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(codeOf(await as('admin')(GET, { id: 'nope' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('changing details', () => {
    it('writes only the fields given and audits exactly the ones that changed', async () => {
      const before = await create('intake', { phone: '555-0100', pronouns: 'they/them', gender: 'Nonbinary' });
      const res = await as('intake')(UPDATE, {
        input: { clientId: before.id, version: 1, legalLastName: 'Renamed', phone: '555-0100', pronouns: null, flags: ['CRISIS'] },
      });
      expect(res.data?.updateClient).toMatchObject({ version: 2, legalLastName: 'Renamed', phone: '555-0100', pronouns: null, gender: 'Nonbinary', flags: ['CRISIS'] });
      const [, update] = await auditOf(before.id);
      expect(update).toMatchObject({ action: 'UPDATE', actor_id: people.intake.id, client_id: before.id });
      expect(update.changes).toEqual({
        legalLastName: { from: 'Person', to: 'Renamed' },
        pronouns: { from: 'they/them', to: null },
        flags: { from: [], to: ['CRISIS'] },
      });
    });

    it('refuses a stale version with CONFLICT, a name sent as null, and a foreign client, changing nothing', async () => {
      const client = await create('intake', {});
      await as('intake')(UPDATE, { input: { clientId: client.id, version: 1, gender: 'Female' } });
      const stale = await as('intake')(UPDATE, { input: { clientId: client.id, version: 1, gender: 'Male' } });
      expect(codeOf(stale)).toBe('CONFLICT');
      const cleared = await as('intake')(UPDATE, { input: { clientId: client.id, version: 2, legalFirstName: null } });
      expect(codeOf(cleared)).toBe('BAD_USER_INPUT');
      expect(cleared.errors?.[0].extensions.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'legalFirstName' })]));
      const foreign = await as('stranger')(UPDATE, { input: { clientId: client.id, version: 2, gender: 'Male' } });
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(await row(client.id)).toMatchObject({ gender: 'Female', legal_first_name: 'Test', version: 2 });
      expect((await auditOf(client.id)).map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
    });
  });

  describe('status', () => {
    it('follows the transitions both ways round, reopening included, with history and timeline', async () => {
      const client = await create('admin', {});
      let version = 1;
      for (const [status, reason] of [
        ['ACTIVE', null],
        ['ON_HOLD', 'In hospital'],
        ['ACTIVE', null],
        ['DISCHARGED', 'Goals met'],
        ['CLOSED', 'Moved out of state'],
        ['INTAKE', 'Returned for services'],
      ]) {
        const res = await as('admin')(STATUS, { input: { clientId: client.id, version, status, reason } });
        expect(res.data?.changeClientStatus).toMatchObject({ status, version: version + 1 });
        version += 1;
      }
      const history = await t.db.query(`SELECT from_status, to_status, reason FROM client_status_change WHERE client_id = $1 ORDER BY changed_at`, [client.id]);
      expect(history.map((h: { to_status: string }) => h.to_status)).toEqual(['INTAKE', 'ACTIVE', 'ON_HOLD', 'ACTIVE', 'DISCHARGED', 'CLOSED', 'INTAKE']);
      expect(history[2]).toEqual({ from_status: 'ACTIVE', to_status: 'ON_HOLD', reason: 'In hospital' });
      const timeline = await t.db.query(`SELECT kind, summary FROM client_timeline_entry WHERE client_id = $1 ORDER BY occurred_at`, [client.id]);
      expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(['INTAKE', ...Array(6).fill('STATUS_CHANGE')]);
      expect(timeline.at(-1).summary).toBe('Reopened: CLOSED → INTAKE');
      const audits = (await auditOf(client.id)).filter((a: { action: string }) => a.action === 'UPDATE');
      expect(audits[1]).toMatchObject({ changes: { status: { from: 'ACTIVE', to: 'ON_HOLD' } }, reason: 'In hospital' });
    });

    it('refuses an illegal move with ILLEGAL_TRANSITION and the allowed ones, and a stale version with CONFLICT', async () => {
      const client = await create('admin', {});
      const illegal = await as('admin')(STATUS, { input: { clientId: client.id, version: 1, status: 'DISCHARGED' } });
      expect(codeOf(illegal)).toBe('BAD_USER_INPUT');
      expect(illegal.errors?.[0].extensions.reason).toBe('ILLEGAL_TRANSITION');
      expect(illegal.errors?.[0].message).toContain('Allowed next: ACTIVE, CLOSED');
      const same = await as('admin')(STATUS, { input: { clientId: client.id, version: 1, status: 'INTAKE' } });
      expect(same.errors?.[0].extensions.reason).toBe('ILLEGAL_TRANSITION');
      await as('admin')(STATUS, { input: { clientId: client.id, version: 1, status: 'ACTIVE' } });
      expect(codeOf(await as('admin')(STATUS, { input: { clientId: client.id, version: 1, status: 'ON_HOLD' } }))).toBe('CONFLICT');
      expect(await row(client.id)).toMatchObject({ status: 'ACTIVE', version: 2 });
      expect(await t.db.query(`SELECT count(*)::int AS n FROM client_status_change WHERE client_id = $1`, [client.id])).toEqual([{ n: 2 }]);
    });
  });

  describe('who may open and change a client', () => {
    it('lets an auditor read but never change', async () => {
      const client = await create('admin', {});
      expect(codeOf(await as('auditor')(GET, { id: client.id }))).toBeUndefined();
      expect(codeOf(await as('auditor')(UPDATE, { input: { clientId: client.id, version: 1, gender: 'X' } }))).toBe('FORBIDDEN');
      expect(codeOf(await as('auditor')(STATUS, { input: { clientId: client.id, version: 1, status: 'ACTIVE' } }))).toBe('FORBIDDEN');
      expect((await row(client.id)).version).toBe(1);
    });

    it('lets intake staff work on clients in intake only', async () => {
      const client = await create('intake', {});
      expect(codeOf(await as('intake')(UPDATE, { input: { clientId: client.id, version: 1, gender: 'Female' } }))).toBeUndefined();
      await as('supervisor')(STATUS, { input: { clientId: client.id, version: 2, status: 'ACTIVE' } });
      expect(codeOf(await as('intake')(GET, { id: client.id }))).toBe('FORBIDDEN');
      expect(codeOf(await as('intake')(UPDATE, { input: { clientId: client.id, version: 3, gender: 'Male' } }))).toBe('FORBIDDEN');
      expect((await row(client.id)).gender).toBe('Female');
    });

    it('lets a case manager open their caseload and, where the agency allows it, another client with a recorded reason', async () => {
      const client = await create('admin', {});
      await as('admin')(STATUS, { input: { clientId: client.id, version: 1, status: 'ACTIVE' } });
      const mine = await create('admin', {});
      await onCaseload(t, people.admin.token, mine.id, people.caseManager.id);

      expect(codeOf(await as('caseManager')(GET, { id: mine.id }))).toBeUndefined();
      const closed = await as('caseManager')(GET, { id: client.id, accessReason: 'Covering for a colleague' });
      expect(codeOf(closed)).toBe('FORBIDDEN');
      expect(closed.errors?.[0].extensions.reason).toBe('EMERGENCY_ACCESS_AVAILABLE');

      expect((await as('admin')(SETTINGS)).data?.clientSettings).toEqual({ caseManagersOpenAnyClient: false, lateEntryDays: 3, version: 0 });
      const opened = await as('admin')(UPDATE_SETTINGS, { input: { version: 0, caseManagersOpenAnyClient: true } });
      expect(opened.data?.updateClientSettings).toEqual({ caseManagersOpenAnyClient: true, lateEntryDays: 3, version: 1 });
      try {
        const asked = await as('otherCaseManager')(GET, { id: client.id });
        expect(codeOf(asked)).toBe('FORBIDDEN');
        expect(asked.errors?.[0].extensions.reason).toBe('ACCESS_REASON_REQUIRED');
        const given = await as('otherCaseManager')(GET, { id: client.id, accessReason: 'Covering the on-call shift' });
        expect(given.data?.client.id).toBe(client.id);
        expect(await t.db.query(`SELECT user_id, reason FROM client_access_grant WHERE client_id = $1`, [client.id])).toEqual([
          { user_id: people.otherCaseManager.id, reason: 'Covering the on-call shift' },
        ]);
        const audits = await t.db.query(`SELECT entity_type, action, reason FROM audit_event WHERE client_id = $1 AND actor_id = $2 ORDER BY id`, [
          client.id,
          people.otherCaseManager.id,
        ]);
        expect(audits).toEqual([
          { entity_type: 'ClientAccessGrant', action: 'CREATE', reason: 'Covering the on-call shift' },
          { entity_type: 'Client', action: 'READ', reason: 'Covering the on-call shift' },
        ]);
        // The grant lasts: the next read needs no reason, and the case manager may now change the record.
        expect(codeOf(await as('otherCaseManager')(GET, { id: client.id }))).toBeUndefined();
      } finally {
        await as('admin')(UPDATE_SETTINGS, { input: { version: 1, caseManagersOpenAnyClient: false } });
      }
    });
  });

  describe('client settings', () => {
    it('are changed by admins only, versioned and audited', async () => {
      const current = (await as('admin')(SETTINGS)).data?.clientSettings;
      expect(codeOf(await as('supervisor')(UPDATE_SETTINGS, { input: { version: current.version, lateEntryDays: 5 } }))).toBe('FORBIDDEN');
      expect(codeOf(await as('admin')(UPDATE_SETTINGS, { input: { version: current.version, lateEntryDays: 366 } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await as('admin')(UPDATE_SETTINGS, { input: { version: current.version + 5, lateEntryDays: 5 } }))).toBe('CONFLICT');
      const changed = await as('admin')(UPDATE_SETTINGS, { input: { version: current.version, lateEntryDays: 5 } });
      expect(changed.data?.updateClientSettings).toEqual({ caseManagersOpenAnyClient: false, lateEntryDays: 5, version: current.version + 1 });
      expect((await as('caseManager')(SETTINGS)).data?.clientSettings.lateEntryDays).toBe(5);
      const [last] = await t.db.query(`SELECT actor_id, changes FROM audit_event WHERE entity_type = 'ClientSettings' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [
        agency.id,
      ]);
      expect(last).toEqual({ actor_id: agency.admin.id, changes: { lateEntryDays: { from: 3, to: 5 } } });
      expect((await as('stranger')(SETTINGS, {})).data?.clientSettings).toEqual({ caseManagersOpenAnyClient: false, lateEntryDays: 3, version: 0 });
    });
  });

  describe('identifiers', () => {
    it('stores values encrypted, shows them masked, and reveals them only with a reason, audited', async () => {
      const client = await create('intake', { identifiers: [{ kind: 'MEDICAID', value: MEDICAID }] });
      const stored = await t.db.query(`SELECT value_encrypted, last4 FROM client_identifier WHERE client_id = $1`, [client.id]);
      expect(stored).toHaveLength(1);
      expect(stored[0].last4).toBe('8813');
      expect(stored[0].value_encrypted).not.toContain('4417');
      expect(stored[0].value_encrypted).toMatch(/^[0-9a-f]{8}:/);
      const leaks = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND changes::text LIKE '%4417%'`, [client.id]);
      expect(leaks).toEqual([{ n: 0 }]);

      const identifierId = client.identifiers[0].id;
      expect(codeOf(await as('intake')(REVEAL, { input: { identifierId, reason: '  ' } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await as('auditor')(REVEAL, { input: { identifierId, reason: 'Chart audit' } }))).toBe('FORBIDDEN');
      expect(codeOf(await as('stranger')(REVEAL, { input: { identifierId, reason: 'Curious' } }))).toBe('NOT_FOUND');
      expect((await auditOf(identifierId)).map((a: { action: string }) => a.action)).toEqual(['CREATE']);

      const revealed = await as('intake')(REVEAL, { input: { identifierId, reason: 'Medicaid eligibility check' } });
      expect(revealed.data?.revealClientIdentifier.value).toBe(MEDICAID);
      expect((await auditOf(identifierId)).at(-1)).toMatchObject({
        action: 'READ',
        entity_type: 'ClientIdentifier',
        actor_id: people.intake.id,
        client_id: client.id,
        reason: 'Medicaid eligibility check',
      });
    });

    it('adds, replaces and removes identifiers, refusing stale versions', async () => {
      const client = await create('intake', {});
      const added = await as('intake')(SET_ID, { input: { clientId: client.id, kind: 'SSN', value: '123-45-6789' } });
      const [ssn] = added.data?.setClientIdentifier.identifiers ?? [];
      expect(ssn).toMatchObject({ kind: 'SSN', masked: '•••• 6789', version: 1 });
      const short = await as('intake')(SET_ID, { input: { clientId: client.id, kind: 'OTHER', value: 'A12' } });
      expect(short.data?.setClientIdentifier.identifiers.find((i: { kind: string }) => i.kind === 'OTHER').masked).toBe('••••');

      const replaced = await as('intake')(SET_ID, { input: { clientId: client.id, kind: 'SSN', value: '987-65-4321', version: ssn.version } });
      expect(replaced.data?.setClientIdentifier.identifiers.find((i: { kind: string }) => i.kind === 'SSN')).toEqual({
        id: ssn.id,
        kind: 'SSN',
        masked: '•••• 4321',
        version: 2,
      });
      expect((await as('intake')(REVEAL, { input: { identifierId: ssn.id, reason: 'Benefits form' } })).data?.revealClientIdentifier.value).toBe('987-65-4321');
      // Replacing takes the version last seen: without it, or with a stale one, nothing changes.
      const unversioned = await as('intake')(SET_ID, { input: { clientId: client.id, kind: 'SSN', value: '111-22-3333' } });
      expect(unversioned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'version', message: 'required to replace' }] });
      expect(codeOf(await as('intake')(SET_ID, { input: { clientId: client.id, kind: 'SSN', value: '111-22-3333', version: 1 } }))).toBe('CONFLICT');
      expect(codeOf(await as('intake')(SET_ID, { input: { clientId: client.id, kind: 'MEDICAID', value: 'MCD-1', version: 1 } }))).toBe('CONFLICT');
      expect((await as('intake')(REVEAL, { input: { identifierId: ssn.id, reason: 'Benefits form' } })).data?.revealClientIdentifier.value).toBe('987-65-4321');

      expect(codeOf(await as('intake')(REMOVE_ID, { input: { identifierId: ssn.id, version: 1 } }))).toBe('CONFLICT');
      expect(codeOf(await as('auditor')(REMOVE_ID, { input: { identifierId: ssn.id, version: 2 } }))).toBe('FORBIDDEN');
      const removed = await as('intake')(REMOVE_ID, { input: { identifierId: ssn.id, version: 2 } });
      expect(removed.data?.removeClientIdentifier.identifiers.map((i: { kind: string }) => i.kind)).toEqual(['OTHER']);
      expect((await auditOf(ssn.id)).map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE', 'READ', 'READ', 'DELETE']);
      const leaks = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND changes::text ~ '6789|4321'`, [client.id]);
      expect(leaks).toEqual([{ n: 0 }]);
    });
  });
});
