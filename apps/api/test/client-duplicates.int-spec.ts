import { ok, onCaseload, staff, takeIn, type Worker } from './support/client-fixtures';
import { codeOf, newAgency, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const DUPLICATES = `query ($input: ClientDuplicatesInput!) {
  clientDuplicates(input: $input) {
    score reasons
    client { id displayName dateOfBirth phone email presentingNeeds address { city } identifiers { kind } enrollments { id } primaryCaseManager { id } }
  }
}`;
const SEARCH = `query ($search: String) { clients(search: $search, first: 20) { edges { node { displayName } } } }`;

interface Candidate {
  reasons: string[];
  client: { id: string; displayName: string; phone: string | null; presentingNeeds: string | null; identifiers: unknown[]; enrollments: unknown[] };
}

type Who = 'admin' | 'caseManager' | 'intake';

describe('client records: duplicate checks and searching names with accents', () => {
  let t: TestApp;
  let agency: TestAgency;
  let workers: Record<Who, Worker>;
  const ids: Record<string, string> = {};

  const as = (who: Who) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: workers[who].token });
  const check = async (input: Record<string, unknown>, who: Who = 'admin'): Promise<Candidate[]> => ok(as(who)(DUPLICATES, { input }));
  const names = (candidates: Candidate[]) => candidates.map((candidate) => candidate.client.displayName);
  const found = async (search: string): Promise<string[]> => (await ok(as('admin')(SEARCH, { search }))).edges.map((edge: { node: { displayName: string } }) => edge.node.displayName);

  beforeAll(async () => {
    t = await startTestApp();
    agency = await newAgency(t);
    workers = await staff(t, { admin: agency.admin, caseManager: [agency, 'CASE_MANAGER'], intake: [agency, 'INTAKE'] });
    const add = async (key: string, input: Record<string, unknown>) => {
      ids[key] = (await takeIn(t, workers.admin.token, input)).id;
    };
    await add('lucia', {
      legalFirstName: 'Lucía',
      legalLastName: 'Pérez',
      dateOfBirth: '1988-04-24',
      phone: '(555) 404-1188',
      email: 'lucia.perez@example.org',
      presentingNeeds: 'Leaving a violent partner',
      address: { city: 'Riverside' },
      identifiers: [{ kind: 'SSN', value: '123-45-6789' }],
    });
    await add('samebirthday', { legalFirstName: 'Bartholomew', legalLastName: 'Quist', dateOfBirth: '1988-04-24' });
    await add('mine', { legalFirstName: 'Lucio', legalLastName: 'Pereira', dateOfBirth: '1990-01-01', presentingNeeds: 'Food' });
    await onCaseload(t, workers.admin.token, ids.mine, workers.caseManager.id);
  });
  afterAll(() => t.close());

  it('shows a match the caller may not open only as who it is, and one they may open in full', async () => {
    const candidates = await check({ legalFirstName: 'Lucia', legalLastName: 'Perez' }, 'caseManager');
    const lucia = candidates.find((candidate) => candidate.client.id === ids.lucia);
    expect(lucia?.client).toEqual({
      id: ids.lucia,
      displayName: 'Lucía Pérez',
      dateOfBirth: '1988-04-24',
      phone: null,
      email: null,
      presentingNeeds: null,
      address: null,
      identifiers: [],
      enrollments: [],
      primaryCaseManager: null,
    });
    const mine = await check({ legalFirstName: 'Lucio', legalLastName: 'Pereira' }, 'caseManager');
    expect(mine.find((candidate) => candidate.client.id === ids.mine)?.client).toMatchObject({ presentingNeeds: 'Food', enrollments: [{ id: expect.any(String) }] });
    // Intake may open a record still in intake: it sees it whole, to decide.
    expect((await check({ legalFirstName: 'Lucia', legalLastName: 'Perez' }, 'intake'))[0].client).toMatchObject({ presentingNeeds: 'Leaving a violent partner' });

    const audits = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'ClientDuplicate' AND entity_id = $1 AND actor_id = $2`, [
      ids.lucia,
      workers.caseManager.id,
    ]);
    expect(audits).toEqual([{ n: 1 }]);
  });

  it('matches on one name and a birth date, a phone or an e-mail alone, and never on a birth date or one name alone', async () => {
    expect(names(await check({ dateOfBirth: '1988-04-24' }))).toEqual([]);
    expect(names(await check({ legalFirstName: 'Lucia' }))).toEqual([]);
    expect(names(await check({ legalLastName: 'Perez' }))).toEqual([]);

    const byFirstAndBirth = await check({ legalFirstName: 'Lucia', dateOfBirth: '1988-04-24' });
    expect(names(byFirstAndBirth)).toEqual(['Lucía Pérez']);
    expect(byFirstAndBirth[0].reasons).toEqual(['SIMILAR_NAME', 'SAME_DATE_OF_BIRTH']);
    expect((await check({ legalLastName: 'Perez', dateOfBirth: '1988-04-24' }))[0].reasons).toEqual(['SIMILAR_NAME', 'SAME_DATE_OF_BIRTH']);

    const byPhone = await check({ phone: '+1 555 404 1188' });
    expect([names(byPhone), byPhone[0].reasons]).toEqual([['Lucía Pérez'], ['SAME_PHONE']]);
    const byEmail = await check({ email: 'Lucia.Perez@example.org' });
    expect([names(byEmail), byEmail[0].reasons]).toEqual([['Lucía Pérez'], ['SAME_EMAIL']]);
  });

  it('finds a name written without its accents, in the duplicate check and in search', async () => {
    const plain = await check({ legalFirstName: 'Lucia', legalLastName: 'Perez' });
    expect(names(plain)[0]).toBe('Lucía Pérez');
    expect(plain[0].reasons).toEqual(['SIMILAR_NAME']);
    expect(names(await check({ legalFirstName: 'Perez', legalLastName: 'Lucia' }))[0]).toBe('Lucía Pérez');

    expect((await found('Lucia Perez'))[0]).toBe('Lucía Pérez');
    expect((await found('Perez'))[0]).toBe('Lucía Pérez');
    expect((await found('pérez lucía'))[0]).toBe('Lucía Pérez');
    expect(await found('4/24/88')).toEqual(['Lucía Pérez', 'Bartholomew Quist']);
  });

  it('refuses a duplicate check from a role that takes no one in', async () => {
    const auditor = (await staff(t, { auditor: [agency, 'AUDITOR'] })).auditor;
    expect(codeOf(await t.gql(DUPLICATES, { input: { legalFirstName: 'Lucia', legalLastName: 'Perez' } }, { token: auditor.token }))).toBe('FORBIDDEN');
  });
});
