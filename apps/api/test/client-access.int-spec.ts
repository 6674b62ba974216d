import { ok, onCaseload, staff, takeIn, type Worker } from './support/client-fixtures';
import { CHANGE_CLIENT_STATUS, ENROLL, UPDATE_CLIENT } from './support/client-operations';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const LIST = `query ($search: String) {
  clients(search: $search, first: 50) {
    totalCount edges { node { id displayName dateOfBirth phone presentingNeeds address { city } identifiers { kind } enrollments { id } primaryCaseManager { id } } }
  }
}`;
const GET = `query ($id: ID!, $accessReason: String) { client(id: $id, accessReason: $accessReason) { id version presentingNeeds } }`;
const SETTINGS = `{ clientSettings { version } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateClientSettingsInput!) { updateClientSettings(input: $input) { version } }`;
const REVEAL = `mutation ($input: RevealClientIdentifierInput!) { revealClientIdentifier(input: $input) { value } }`;
const IDS = `query ($id: ID!) { client(id: $id) { identifiers { id } } }`;
const CHANGEABLE = `query ($search: String) { clients(search: $search, first: 50) { edges { node { id mayChange } } } }`;
const GET_CHANGEABLE = `query ($id: ID!) { client(id: $id) { mayChange } }`;

interface Row {
  id: string;
  displayName: string;
  phone: string | null;
  presentingNeeds: string | null;
  address: { city: string } | null;
  identifiers: { kind: string }[];
  enrollments: { id: string }[];
  primaryCaseManager: { id: string } | null;
}

type Who = 'admin' | 'caseManager' | 'intake' | 'auditor' | 'supervisor';

describe('client records: what a case manager and intake find and may change', () => {
  let t: TestApp;
  let agency: TestAgency;
  let workers: Record<Who, Worker>;
  let mine: string;
  let theirs: string;
  let inquiry: string;

  const as = (who: Who) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: workers[who].token });
  const listed = async (who: Who, search: string): Promise<Row[]> => (await ok(as(who)(LIST, { search }))).edges.map((edge: { node: Row }) => edge.node);
  const setOpenAny = async (open: boolean) => {
    const { version } = await ok(as('admin')(SETTINGS));
    await ok(as('admin')(UPDATE_SETTINGS, { input: { version, caseManagersOpenAnyClient: open } }));
  };
  const programOf = async (clientId: string): Promise<string> => (await t.db.query(`SELECT program_id FROM enrollment WHERE client_id = $1`, [clientId]))[0].program_id;
  const changeable = async (who: Who): Promise<Record<string, boolean>> =>
    Object.fromEntries((await ok(as(who)(CHANGEABLE, { search: 'Accesstest' }))).edges.map(({ node }: { node: { id: string; mayChange: boolean } }) => [node.id, node.mayChange]));
  const details = { phone: '555 010 2020', presentingNeeds: 'Housing after eviction', address: { city: 'Riverside' }, identifiers: [{ kind: 'SSN', value: '123-45-6789' }] };

  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    workers = await staff(t, { admin: agency.admin, caseManager: [agency, 'CASE_MANAGER'], intake: [agency, 'INTAKE'], auditor: [agency, 'AUDITOR'], supervisor: [agency, 'SUPERVISOR'] });
    const active = async (legalFirstName: string) => {
      const { id, version } = await takeIn(t, workers.admin.token, { legalFirstName, legalLastName: 'Accesstest', ...details });
      await ok(as('admin')(CHANGE_CLIENT_STATUS, { input: { clientId: id, version, status: 'ACTIVE' } }));
      return id;
    };
    mine = await active('Mina');
    theirs = await active('Theo');
    inquiry = (await takeIn(t, workers.admin.token, { legalFirstName: 'Ines', legalLastName: 'Accesstest', status: 'INQUIRY', ...details })).id;
    await onCaseload(t, workers.admin.token, mine, workers.caseManager.id);
  });
  afterAll(() => t.close());

  it('lists only records still in intake to intake staff', async () => {
    expect((await listed('intake', 'Accesstest')).map((row) => row.displayName)).toEqual(['Ines Accesstest']);
  });

  it("lists a case manager's caseload, in full, while the agency keeps them to it", async () => {
    const rows = await listed('caseManager', 'Accesstest');
    expect(rows.map((row) => row.displayName)).toEqual(['Mina Accesstest']);
    expect(rows[0]).toMatchObject({ phone: '555 010 2020', presentingNeeds: 'Housing after eviction', identifiers: [{ kind: 'SSN' }] });
  });

  it('tells each reader whether they may change the record: supervisors any, auditors none, intake staff those in intake', async () => {
    expect(await changeable('supervisor')).toEqual({ [mine]: true, [theirs]: true, [inquiry]: true });
    expect(await changeable('auditor')).toEqual({ [mine]: false, [theirs]: false, [inquiry]: false });
    expect(await changeable('intake')).toEqual({ [inquiry]: true });
    expect(await ok(as('caseManager')(GET_CHANGEABLE, { id: mine }))).toEqual({ mayChange: true });
  });

  describe('where the agency lets case managers open any client', () => {
    beforeAll(() => setOpenAny(true));
    afterAll(() => setOpenAny(false));

    it('lists every client, those outside the caseload only as who they are until a reason is given', async () => {
      const rows = await listed('caseManager', 'Accesstest');
      expect(rows.map((row) => row.displayName)).toEqual(['Ines Accesstest', 'Mina Accesstest', 'Theo Accesstest']);
      const other = rows.find((row) => row.id === theirs);
      expect(other).toMatchObject({ phone: null, presentingNeeds: null, address: null, identifiers: [], enrollments: [], primaryCaseManager: null });
      expect(rows.find((row) => row.id === mine)).toMatchObject({ presentingNeeds: 'Housing after eviction', primaryCaseManager: { id: workers.caseManager.id } });

      expect(codeOf(await as('caseManager')(GET, { id: theirs, accessReason: 'Covering the on-call shift' }))).toBeUndefined();
      const [grant] = await t.db.query(`SELECT reason, changes FROM audit_event WHERE entity_type = 'ClientAccessGrant' AND client_id = $1`, [theirs]);
      expect(grant).toEqual({ reason: 'Covering the on-call shift', changes: { userId: { to: workers.caseManager.id }, expiresAt: { to: expect.any(String) } } });
      const opened = (await listed('caseManager', 'Accesstest')).find((row) => row.id === theirs);
      expect(opened).toMatchObject({ phone: '555 010 2020', presentingNeeds: 'Housing after eviction', identifiers: [{ kind: 'SSN' }] });
      const audits = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'ClientList' AND entity_id = $1 AND actor_id = $2`, [
        inquiry,
        workers.caseManager.id,
      ]);
      expect(audits).toEqual([{ n: 2 }]);
    });

    it('lets a reason open a record to read, not to change, reveal or take onto their own caseload', async () => {
      const { version } = await ok(as('caseManager')(GET, { id: theirs, accessReason: 'Client called while their worker is away' }));
      expect(await ok(as('caseManager')(GET_CHANGEABLE, { id: theirs }))).toEqual({ mayChange: false });
      expect(await changeable('caseManager')).toEqual({ [mine]: true, [theirs]: false, [inquiry]: false });
      const [identifier] = (await ok(as('admin')(IDS, { id: theirs }))).identifiers;

      expect(codeOf(await as('caseManager')(UPDATE_CLIENT, { input: { clientId: theirs, version, presentingNeeds: 'Changed' } }))).toBe('FORBIDDEN');
      expect(codeOf(await as('caseManager')(REVEAL, { input: { identifierId: identifier.id, reason: 'Benefits form' } }))).toBe('FORBIDDEN');
      const enroll = await as('caseManager')(ENROLL, {
        input: { clientId: theirs, programId: await programOf(mine), openedOn: new Date().toISOString().slice(0, 10), primaryCaseManagerId: workers.caseManager.id, reason: 'Taking the case' },
      });
      expect(codeOf(enroll)).toBe('FORBIDDEN');

      expect(await t.db.query(`SELECT presenting_needs, version FROM client WHERE id = $1`, [theirs])).toEqual([{ presenting_needs: 'Housing after eviction', version }]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM enrollment WHERE client_id = $1`, [theirs])).toEqual([{ n: 0 }]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND actor_id = $2 AND action <> 'READ' AND entity_type <> 'ClientAccessGrant'`, [theirs, workers.caseManager.id])).toEqual([{ n: 0 }]);
    });
  });
});
