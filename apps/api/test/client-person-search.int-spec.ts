import { Client } from 'pg';
import { newProgram, onCaseload, type StaffedAgency, staffedAgency, takeIn, type Worker } from './support/client-fixtures';
import { ADD_CONTACT, CHANGE_CLIENT_STATUS as STATUS, CREATE_NOTE, UPDATE_CLIENT as UPDATE } from './support/client-operations';
import { codeOf, type TestAgency } from './support/factories';
import { type GqlResult, startTestApp, type TestApp } from './support/test-app';

const GET = `query ($id: ID!) { client(id: $id) { id version mergedIntoId identifiers { kind } } }`;
const SEARCH = `query ($search: String, $first: Int, $after: String, $status: [ClientStatus!], $programId: ID, $caseManagerId: ID, $riskLevel: RiskLevel, $sort: ClientSort) {
  clients(search: $search, first: $first, after: $after, status: $status, programId: $programId, caseManagerId: $caseManagerId, riskLevel: $riskLevel, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status displayName legalFirstName legalLastName clientNumber identifiers { kind masked } } }
  }
}`;
const DUPLICATES = `query ($input: ClientDuplicatesInput!) { clientDuplicates(input: $input) { score reasons client { id legalFirstName legalLastName } } }`;
const DUPLICATE_CASES = `query ($input: ClientDuplicatesInput!) {
  clientDuplicates(input: $input) { client { id enrollments { id } primaryCaseManager { id } identifiers { kind } } }
}`;
const MERGE = `mutation ($input: MergeClientsInput!) { mergeClients(input: $input) { id version clientNumber identifiers { kind } } }`;
const REVEAL = `mutation ($input: RevealClientIdentifierInput!) { revealClientIdentifier(input: $input) { value } }`;
const REMOVE_ID = `mutation ($input: RemoveClientIdentifierInput!) { removeClientIdentifier(input: $input) { id } }`;

interface Person {
  id: string;
  version: number;
  clientNumber: string;
}

const ROLES = {
  supervisor: 'SUPERVISOR',
  caseManager: 'CASE_MANAGER',
  intake: 'INTAKE',
  auditor: 'AUDITOR',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

describe('client records: finding people, duplicates and merging', () => {
  let t: TestApp;
  let agency: TestAgency;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let workers: Record<Who, Worker>;
  const people: Record<string, Person> = {};

  const create = (input: Record<string, unknown>, who: Who = 'admin'): Promise<Person> => takeIn(t, workers[who].token, input);
  const names = (res: GqlResult) => res.data?.clients.edges.map((edge: { node: { displayName: string } }) => edge.node.displayName);
  const versionOf = async (id: string) => (await t.db.query(`SELECT version FROM client WHERE id = $1`, [id]))[0].version as number;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people: workers, as } = await staffedAgency(t, ROLES));
    people.maria = await create({ legalFirstName: 'Maria', legalLastName: 'Garcia', dateOfBirth: '1985-03-02', phone: '(555) 201-3344', riskLevel: 'HIGH' });
    people.mario = await create({ legalFirstName: 'Mario', legalLastName: 'Garza', dateOfBirth: '1979-11-20' });
    people.john = await create({ legalFirstName: 'John', legalLastName: 'Smith', dateOfBirth: '1985-03-02', email: 'john.smith@example.org' });
    people.ana = await create({ legalFirstName: 'Ana', legalLastName: 'Lopez', preferredName: 'Annie', phone: '555 777 8899' });
    people.wei = await create({ legalFirstName: 'Wei', legalLastName: 'Chen', status: 'INQUIRY' });
    await create({ legalFirstName: 'Maria', legalLastName: 'Garcia' }, 'stranger');
  });
  afterAll(() => t.close());

  describe('search', () => {
    it('finds a name despite a typo and swapped first and last names, best match first', async () => {
      const res = await as('admin')(SEARCH, { search: 'garsia maria' });
      expect(names(res)?.[0]).toBe('Maria Garcia');
      expect(names(res)).not.toContain('Wei Chen');
      expect(names(await as('admin')(SEARCH, { search: 'Smith Jhon' }))).toEqual(['John Smith']);
      expect(names(await as('admin')(SEARCH, { search: 'Mraia Garcai' }))).toEqual(['Maria Garcia']);
      expect(names(await as('admin')(SEARCH, { search: 'annie' }))).toEqual(['Annie Lopez']);
      expect(names(await as('admin')(SEARCH, { search: 'Zzyzx Qwerty' }))).toEqual([]);
    });

    it('finds by client number, date of birth and phone number', async () => {
      expect(names(await as('admin')(SEARCH, { search: people.ana.clientNumber }))).toEqual(['Annie Lopez']);
      expect(names(await as('admin')(SEARCH, { search: people.ana.clientNumber.replace('C-0000', 'c') }))).toEqual(['Annie Lopez']);
      expect(names(await as('admin')(SEARCH, { search: '1985-03-02' }))).toEqual(['Maria Garcia', 'John Smith']);
      expect(names(await as('admin')(SEARCH, { search: '3/2/1985' }))).toEqual(['Maria Garcia', 'John Smith']);
      expect(names(await as('admin')(SEARCH, { search: '+1 555-201-3344' }))).toEqual(['Maria Garcia']);
      expect(names(await as('admin')(SEARCH, { search: '5557778899' }))).toEqual(['Annie Lopez']);
    });

    it('filters by status, risk, program and case manager', async () => {
      expect(names(await as('admin')(SEARCH, { status: ['INQUIRY'] }))).toEqual(['Wei Chen']);
      expect(names(await as('admin')(SEARCH, { riskLevel: 'HIGH' }))).toEqual(['Maria Garcia']);
      const programId = await newProgram(t, workers.admin.token);
      await onCaseload(t, workers.admin.token, people.john.id, workers.caseManager.id, programId);
      expect(names(await as('admin')(SEARCH, { programId }))).toEqual(['John Smith']);
      expect(names(await as('admin')(SEARCH, { caseManagerId: workers.caseManager.id }))).toEqual(['John Smith']);
      expect(names(await as('admin')(SEARCH, { caseManagerId: workers.caseManager.id, programId: '00000000-0000-4000-8000-000000000000' }))).toEqual([]);
      expect(codeOf(await as('admin')(SEARCH, { programId: 'nope' }))).toBe('BAD_USER_INPUT');
    });

    it("shows case managers their caseload only, and never another agency's clients", async () => {
      expect(names(await as('caseManager')(SEARCH, { search: 'smith' }))).toEqual(['John Smith']);
      expect(names(await as('caseManager')(SEARCH, { search: 'garcia' }))).toEqual([]);
      expect((await as('stranger')(SEARCH, {})).data?.clients.totalCount).toBe(1);
    });

    it('pages in SQL by name or recency with opaque cursors, refusing a forged one', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      let total = 0;
      do {
        const res = await as('auditor')(SEARCH, { first: 2, after, sort: 'NAME' });
        total = res.data?.clients.totalCount;
        seen.push(...(res.data?.clients.edges ?? []).map((edge: { node: { legalLastName: string } }) => edge.node.legalLastName));
        after = res.data?.clients.pageInfo.hasNextPage ? res.data.clients.pageInfo.endCursor : undefined;
      } while (after);
      expect(total).toBe(5);
      expect(seen).toEqual(['Chen', 'Garcia', 'Garza', 'Lopez', 'Smith']);

      await as('admin')(UPDATE, { input: { clientId: people.mario.id, version: await versionOf(people.mario.id), gender: 'Male' } });
      const recent = await as('admin')(SEARCH, { first: 1, sort: 'RECENT' });
      expect(names(recent)).toEqual(['Mario Garza']);
      const next = await as('admin')(SEARCH, { first: 1, sort: 'RECENT', after: recent.data?.clients.pageInfo.endCursor });
      expect(names(next)).toEqual(['Wei Chen']);

      const relevance = await as('admin')(SEARCH, { search: 'maria garcia', first: 1 });
      expect(names(relevance)).toEqual(['Maria Garcia']);
      const onward = await as('admin')(SEARCH, { search: 'maria garcia', first: 5, after: relevance.data?.clients.pageInfo.endCursor });
      expect(names(onward)).not.toContain('Maria Garcia');

      expect(codeOf(await as('admin')(SEARCH, { sort: 'NAME', after: recent.data?.clients.pageInfo.endCursor }))).toBe('BAD_USER_INPUT');
      const forged = Buffer.from(JSON.stringify(['NAME', "x'); DROP TABLE client; --", 'a', 'not-a-uuid'])).toString('base64url');
      expect(codeOf(await as('admin')(SEARCH, { sort: 'NAME', after: forged }))).toBe('BAD_USER_INPUT');
    });

    it('audits every client a page shows, and costs the same number of queries for any page size', async () => {
      const res = await as('auditor')(SEARCH, { search: 'garcia', first: 1 });
      const [shown] = res.data?.clients.edges ?? [];
      const reads = await t.db.query(`SELECT entity_type, client_id FROM audit_event WHERE actor_id = $1 AND entity_type = 'ClientList' AND request_id IS NOT NULL ORDER BY id DESC LIMIT 1`, [
        workers.auditor.id,
      ]);
      expect(reads).toEqual([{ entity_type: 'ClientList', client_id: shown.node.id }]);

      const queriesFor = async (first: number) => {
        const spy = jest.spyOn(Client.prototype, 'query');
        const page = await as('caseManager')(SEARCH, { first, sort: 'NAME' });
        const count = spy.mock.calls.length;
        spy.mockRestore();
        return { count, shown: page.data?.clients.edges.length };
      };
      await onCaseload(t, workers.admin.token, people.ana.id, workers.caseManager.id);
      const one = await queriesFor(1);
      const two = await queriesFor(2);
      expect([one.shown, two.shown]).toEqual([1, 2]);
      expect(two.count).toBe(one.count);
    });
  });

  describe('likely duplicates at intake', () => {
    it('finds swapped names, similar names, the same birth date, phone or e-mail, with the reasons', async () => {
      const swapped = await as('intake')(DUPLICATES, { input: { legalFirstName: 'Garcia', legalLastName: 'Maria', dateOfBirth: '1985-03-02' } });
      expect(swapped.data?.clientDuplicates[0]).toMatchObject({ client: { id: people.maria.id }, reasons: ['SWAPPED_NAME', 'SAME_DATE_OF_BIRTH'] });
      expect(swapped.data?.clientDuplicates[0].score).toBeGreaterThan(0.7);

      const typo = await as('intake')(DUPLICATES, { input: { legalFirstName: 'Maria', legalLastName: 'Garsia' } });
      expect(typo.data?.clientDuplicates.map((c: { client: { id: string } }) => c.client.id)).toEqual([people.maria.id]);
      expect(typo.data?.clientDuplicates[0].reasons).toEqual(['SIMILAR_NAME']);

      const byContact = await as('intake')(DUPLICATES, { input: { legalFirstName: 'Someone', legalLastName: 'Else', phone: '555-201-3344', email: 'JOHN.SMITH@example.org' } });
      expect(byContact.data?.clientDuplicates.map((c: { client: { id: string }; reasons: string[] }) => [c.client.id, c.reasons])).toEqual(
        expect.arrayContaining([
          [people.maria.id, ['SAME_PHONE']],
          [people.john.id, ['SAME_EMAIL']],
        ]),
      );
      // A shared birthday alone is no reason to suspect anybody.
      expect((await as('intake')(DUPLICATES, { input: { legalFirstName: 'Olu', legalLastName: 'Adeyemi', dateOfBirth: '1985-03-02' } })).data?.clientDuplicates).toEqual([]);
    });

    it('searches the whole agency for intake, audits each candidate, and is not open to auditors', async () => {
      const res = await as('intake')(DUPLICATES, { input: { legalFirstName: 'John', legalLastName: 'Smith' } });
      expect(res.data?.clientDuplicates.map((c: { client: { id: string } }) => c.client.id)).toEqual([people.john.id]);
      const [read] = await t.db.query(`SELECT entity_type, action FROM audit_event WHERE actor_id = $1 AND client_id = $2 ORDER BY id DESC LIMIT 1`, [
        workers.intake.id,
        people.john.id,
      ]);
      expect(read).toEqual({ entity_type: 'ClientDuplicate', action: 'READ' });
      expect(codeOf(await as('auditor')(DUPLICATES, { input: { legalFirstName: 'John', legalLastName: 'Smith' } }))).toBe('FORBIDDEN');
      expect(codeOf(await as('intake')(DUPLICATES, { input: { dateOfBirth: '2999-01-01' } }))).toBe('BAD_USER_INPUT');
    });

    it('lists for intake only the records still in intake, yet finds every duplicate, without the case behind one they cannot open', async () => {
      const served = await create({ legalFirstName: 'Halima', legalLastName: 'Osei', dateOfBirth: '1971-08-14', identifiers: [{ kind: 'MEDICAID', value: 'MCD-55501234' }] });
      await as('admin')(STATUS, { input: { clientId: served.id, version: 1, status: 'ACTIVE' } });
      await onCaseload(t, workers.admin.token, served.id, workers.caseManager.id);
      const taken = await create({ legalFirstName: 'Halima', legalLastName: 'Osei-Bonsu', dateOfBirth: '1971-08-14', identifiers: [{ kind: 'SSN', value: '219-09-9999' }] }, 'intake');

      expect(names(await as('intake')(SEARCH, { search: 'halima osei' }))).toEqual(['Halima Osei-Bonsu']);
      expect(names(await as('supervisor')(SEARCH, { search: 'halima osei' }))?.sort()).toEqual(['Halima Osei', 'Halima Osei-Bonsu']);
      const everything = await as('intake')(SEARCH, { first: 100 });
      expect(new Set(everything.data?.clients.edges.map((edge: { node: { status: string } }) => edge.node.status))).toEqual(new Set(['INQUIRY', 'INTAKE']));

      const input = { legalFirstName: 'Halima', legalLastName: 'Osei', dateOfBirth: '1971-08-14' };
      const byIntake = (await as('intake')(DUPLICATE_CASES, { input })).data?.clientDuplicates.map((c: { client: unknown }) => c.client);
      expect(byIntake).toEqual(
        expect.arrayContaining([
          { id: served.id, enrollments: [], primaryCaseManager: null, identifiers: [] },
          { id: taken.id, enrollments: [], primaryCaseManager: null, identifiers: [{ kind: 'SSN' }] },
        ]),
      );
      const bySupervisor = (await as('supervisor')(DUPLICATE_CASES, { input })).data?.clientDuplicates.map((c: { client: unknown }) => c.client);
      expect(bySupervisor).toContainEqual({ id: served.id, enrollments: [{ id: expect.any(String) }], primaryCaseManager: { id: workers.caseManager.id }, identifiers: [{ kind: 'MEDICAID' }] });
      // Nothing of the served client's case was read for intake.
      const reads = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND client_id = $2 AND entity_type = 'Enrollment'`, [workers.intake.id, served.id]);
      expect(reads).toEqual([{ n: 0 }]);
    });
  });

  describe('merging', () => {
    it('moves everything the duplicate owns to the record that lives on, in one audited step, keeping the duplicate as an alias', async () => {
      const target = await create({ legalFirstName: 'Dana', legalLastName: 'Whitfield', identifiers: [{ kind: 'MEDICAID', value: 'MCD-000111222' }] });
      const source = await create({
        legalFirstName: 'Dana',
        legalLastName: 'Whitfeld',
        identifiers: [
          { kind: 'MEDICAID', value: 'MCD-999888777' },
          { kind: 'SSN', value: '111-22-3333' },
        ],
      });
      await as('admin')(STATUS, { input: { clientId: source.id, version: 1, status: 'ACTIVE' } });
      await onCaseload(t, workers.admin.token, source.id, workers.caseManager.id);
      await t.db.query(`INSERT INTO client_contact (agency_id, client_id, kind, relationship, name) VALUES ($1, $2, 'FAMILY', 'Sister', 'Jo Whitfield')`, [
        agency.id,
        source.id,
      ]);

      const merged = await as('supervisor')(MERGE, {
        input: { sourceClientId: source.id, sourceVersion: 2, targetClientId: target.id, targetVersion: 1, reason: 'Same person, misspelt at intake' },
      });
      expect(merged.data?.mergeClients).toMatchObject({ id: target.id, version: 2 });
      expect(merged.data?.mergeClients.identifiers.map((i: { kind: string }) => i.kind).sort()).toEqual(['MEDICAID', 'SSN']);

      for (const table of ['client_status_change', 'client_contact', 'enrollment']) {
        const owners = await t.db.query(`SELECT DISTINCT client_id FROM ${table} WHERE client_id IN ($1, $2)`, [source.id, target.id]);
        expect([table, owners]).toEqual([table, [{ client_id: target.id }]]);
      }
      // The source's own Medicaid number stays with the alias; the target keeps its own.
      expect(await t.db.query(`SELECT client_id, last4 FROM client_identifier WHERE kind = 'MEDICAID' AND client_id IN ($1, $2) ORDER BY last4`, [source.id, target.id])).toEqual([
        { client_id: target.id, last4: '1222' },
        { client_id: source.id, last4: '8777' },
      ]);
      expect(await t.db.query(`SELECT kind, summary FROM client_timeline_entry WHERE client_id = $1 AND kind = 'MERGE'`, [target.id])).toEqual([
        { kind: 'MERGE', summary: `Record ${source.clientNumber} merged into this one` },
      ]);
      const audits = await t.db.query(`SELECT entity_id, client_id, reason, changes FROM audit_event WHERE actor_id = $1 AND action = 'UPDATE' ORDER BY id DESC LIMIT 2`, [
        workers.supervisor.id,
      ]);
      expect(audits).toEqual(
        expect.arrayContaining([
          { entity_id: target.id, client_id: target.id, reason: 'Same person, misspelt at intake', changes: { mergedFrom: { to: source.id } } },
          { entity_id: source.id, client_id: source.id, reason: 'Same person, misspelt at intake', changes: { mergedIntoId: { from: null, to: target.id } } },
        ]),
      );

      const alias = await as('admin')(GET, { id: source.id });
      expect(alias.data?.client).toMatchObject({ id: source.id, mergedIntoId: target.id, identifiers: [{ kind: 'MEDICAID' }] });
      expect((await as('admin')(SEARCH, { search: 'whitfield dana' })).data?.clients.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([target.id]);
      expect(
        (await as('intake')(DUPLICATES, { input: { legalFirstName: 'Dana', legalLastName: 'Whitfeld' } })).data?.clientDuplicates.map((c: { client: { id: string } }) => c.client.id),
      ).toEqual([target.id]);
      const write = await as('admin')(UPDATE, { input: { clientId: source.id, version: await versionOf(source.id), gender: 'Female' } });
      expect(codeOf(write)).toBe('BAD_USER_INPUT');
      // The case manager of the moved enrollment now has the target on their caseload.
      expect(codeOf(await as('caseManager')(GET, { id: target.id }))).toBeUndefined();
    });

    it('refuses writes to a merged record from every area, naming the client, and writes nothing; its leftover identifiers can still be revealed', async () => {
      const target = await create({ legalFirstName: 'Ines', legalLastName: 'Varga', identifiers: [{ kind: 'SSN', value: '987-65-4321' }] });
      const source = await create({ legalFirstName: 'Ines', legalLastName: 'Vargha', identifiers: [{ kind: 'SSN', value: '123-45-6789' }] });
      const merged = await as('supervisor')(MERGE, { input: { sourceClientId: source.id, sourceVersion: 1, targetClientId: target.id, targetVersion: 1, reason: 'Duplicate' } });
      expect(codeOf(merged)).toBeUndefined();

      const contact = await as('admin')(ADD_CONTACT, { input: { clientId: source.id, kind: 'FAMILY', relationship: 'brother', name: 'Adam Varga' } });
      const note = await as('admin')(CREATE_NOTE, { input: { clientId: source.id, noteType: 'PHONE_CALL', occurredAt: new Date().toISOString(), narrative: 'Called.' } });
      for (const refused of [contact, note]) {
        expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'clientId', message: 'merged record' }] });
      }
      const written = await t.db.query(
        `SELECT (SELECT count(*) FROM client_contact WHERE client_id = $1)::int AS contacts, (SELECT count(*) FROM case_note WHERE client_id = $1)::int AS notes`,
        [source.id],
      );
      expect(written).toEqual([{ contacts: 0, notes: 0 }]);

      const [leftover] = await t.db.query(`SELECT id, version FROM client_identifier WHERE client_id = $1`, [source.id]);
      expect((await as('admin')(REVEAL, { input: { identifierId: leftover.id, reason: 'Which record held it' } })).data?.revealClientIdentifier.value).toBe('123-45-6789');
      const removal = await as('admin')(REMOVE_ID, { input: { identifierId: leftover.id, version: leftover.version } });
      expect(removal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'identifierId', message: 'merged record' }] });
      expect(await t.db.query(`SELECT count(*)::int AS n FROM client_identifier WHERE id = $1`, [leftover.id])).toEqual([{ n: 1 }]);
    });

    it('refuses merging a record into itself, into an alias, with stale versions, across agencies or by a case manager, and moves nothing', async () => {
      const a = await create({ legalFirstName: 'Self', legalLastName: 'Merge' });
      const b = await create({ legalFirstName: 'Other', legalLastName: 'Record' });
      const c = await create({ legalFirstName: 'Third', legalLastName: 'Record' });
      const merge = (who: Who, input: Record<string, unknown>) => as(who)(MERGE, { input: { reason: 'Duplicate', ...input } });

      const self = await merge('supervisor', { sourceClientId: a.id, sourceVersion: 1, targetClientId: a.id, targetVersion: 1 });
      expect(codeOf(self)).toBe('BAD_USER_INPUT');
      expect(self.errors?.[0].extensions.fields).toEqual([{ field: 'targetClientId', message: 'same as the source' }]);
      expect(codeOf(await merge('supervisor', { sourceClientId: a.id, sourceVersion: 1, targetClientId: b.id, targetVersion: 7 }))).toBe('CONFLICT');
      expect(codeOf(await merge('caseManager', { sourceClientId: a.id, sourceVersion: 1, targetClientId: b.id, targetVersion: 1 }))).toBe('FORBIDDEN');
      expect(codeOf(await merge('admin', { sourceClientId: a.id, sourceVersion: 1, targetClientId: b.id, targetVersion: 1, reason: ' ' }))).toBe('BAD_USER_INPUT');
      const foreign = await as('stranger')(MERGE, { input: { sourceClientId: a.id, sourceVersion: 1, targetClientId: b.id, targetVersion: 1, reason: 'x' } });
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(await t.db.query(`SELECT id, version, merged_into_id FROM client WHERE id IN ($1, $2) ORDER BY legal_first_name`, [a.id, b.id])).toEqual([
        { id: b.id, version: 1, merged_into_id: null },
        { id: a.id, version: 1, merged_into_id: null },
      ]);
      expect(await t.db.query(`SELECT DISTINCT client_id FROM client_status_change WHERE client_id = $1`, [a.id])).toEqual([{ client_id: a.id }]);

      expect(codeOf(await merge('admin', { sourceClientId: b.id, sourceVersion: 1, targetClientId: c.id, targetVersion: 1 }))).toBeUndefined();
      const intoAlias = await merge('admin', { sourceClientId: a.id, sourceVersion: 1, targetClientId: b.id, targetVersion: 2 });
      expect(codeOf(intoAlias)).toBe('BAD_USER_INPUT');
      expect((await t.db.query(`SELECT merged_into_id FROM client WHERE id = $1`, [a.id]))[0].merged_into_id).toBeNull();
      // Merging the survivor on leads its aliases straight to the new survivor.
      expect(codeOf(await merge('admin', { sourceClientId: c.id, sourceVersion: 2, targetClientId: a.id, targetVersion: 1 }))).toBeUndefined();
      expect((await t.db.query(`SELECT merged_into_id FROM client WHERE id = $1`, [b.id]))[0].merged_into_id).toBe(a.id);
    });

    it('refuses to merge two records open in the same program, and moves nothing', async () => {
      const source = await create({ legalFirstName: 'Twice', legalLastName: 'Enrolled' });
      const target = await create({ legalFirstName: 'Twice', legalLastName: 'Enroled' });
      const programId = await newProgram(t, workers.admin.token);
      await onCaseload(t, workers.admin.token, target.id, workers.caseManager.id, programId);
      await onCaseload(t, workers.admin.token, source.id, workers.caseManager.id, programId);
      const res = await as('supervisor')(MERGE, { input: { sourceClientId: source.id, sourceVersion: 1, targetClientId: target.id, targetVersion: 1, reason: 'Duplicate' } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain('Close one of the enrollments');
      expect(await t.db.query(`SELECT id, version, merged_into_id FROM client WHERE id IN ($1, $2) ORDER BY id`, [source.id, target.id])).toEqual(
        [source.id, target.id].sort().map((id) => ({ id, version: 1, merged_into_id: null })),
      );
      expect(await t.db.query(`SELECT count(*)::int AS n FROM enrollment WHERE client_id = $1`, [source.id])).toEqual([{ n: 1 }]);
    });
  });
});
