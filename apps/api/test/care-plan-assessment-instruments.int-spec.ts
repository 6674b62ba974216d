import { ok, staffedAgency, type StaffedAgency, type Worker } from './support/client-fixtures';
import { CREATE_REVISION, GET_INSTRUMENT, INSTRUMENTS, publish, SCREENING, SET_ACTIVE } from './support/care-plan-assessment-fixtures';
import { codeOf, type TestAgency } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const ROLES = { caseManager: 'CASE_MANAGER', auditor: 'AUDITOR' } as const;

describe('assessment instruments', () => {
  let t: TestApp;
  let agency: TestAgency;
  let people: Record<keyof typeof ROLES | 'admin' | 'stranger', Worker>;
  let as: StaffedAgency<keyof typeof ROLES>['as'];

  beforeAll(async () => {
    t = await startTestApp();
    ({ agency, people, as } = await staffedAgency(t, ROLES));
  });
  afterAll(() => t.close());

  const instrumentCount = async () => Number((await t.db.query(`SELECT count(*) FROM instrument WHERE agency_id = $1`, [agency.id]))[0].count);

  it('publishes revisions under one code and lists the latest of each to every worker', async () => {
    const first = await publish(t, people.admin.token, 'FUNCTIONAL', SCREENING, 'Daily living');
    expect(first).toMatchObject({ code: 'FUNCTIONAL', revision: 1, name: 'Daily living', active: true, version: 1 });
    const second = await ok(as('admin')(CREATE_REVISION, { input: { code: ' functional ', name: 'Daily living skills', description: 'Reworded', definition: SCREENING } }));
    expect(second).toMatchObject({ code: 'FUNCTIONAL', revision: 2, description: 'Reworded', definition: SCREENING });

    const listed = await ok(as('caseManager')(INSTRUMENTS));
    expect(listed.filter((i: { code: string }) => i.code === 'FUNCTIONAL').map((i: { id: string }) => i.id)).toEqual([second.id]);
    // The older revision stays readable: assessments answered on it show its questions.
    expect((await ok(as('auditor')(GET_INSTRUMENT, { id: first.id }))).revision).toBe(1);
    const audit = await t.db.query(`SELECT action, actor_id, changes FROM audit_event WHERE entity_id = $1`, [second.id]);
    expect(audit).toEqual([{ action: 'CREATE', actor_id: people.admin.id, changes: { code: { to: 'FUNCTIONAL' }, revision: { to: 2 }, name: { to: 'Daily living skills' } } }]);
  });

  it('names each problem of a definition and publishes nothing', async () => {
    const before = await instrumentCount();
    const broken = structuredClone(SCREENING) as any;
    broken.sections[0].questions[1].showIf.question = 'meals';
    broken.sections[1].questions[0].scale = { min: 3, max: 1 };
    broken.sections[0].questions[0].options = [];
    broken.scoring[0].questions.push('ghost');
    const res = await as('admin')(CREATE_REVISION, { input: { code: 'BROKEN', name: 'Broken', definition: broken } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions['fields']).toEqual([
      { field: 'definition.sections.0.questions.0.options', message: 'a choice question needs options' },
      { field: 'definition.sections.0.questions.1.showIf.question', message: 'must name an earlier question' },
      { field: 'definition.sections.1.questions.0.scale', message: 'min and max must be whole numbers, min below max' },
      { field: 'definition.scoring.0.questions', message: '"ghost" is not a question of this instrument' },
    ]);
    expect(codeOf(await as('admin')(CREATE_REVISION, { input: { code: 'dup key!', name: 'X', definition: SCREENING } }))).toBe('BAD_USER_INPUT');
    expect(await instrumentCount()).toBe(before);
  });

  it('leaves publishing and retiring to admins', async () => {
    const instrument = await publish(t, people.admin.token, 'ADMIN_ONLY');
    const before = await instrumentCount();
    expect(codeOf(await as('caseManager')(CREATE_REVISION, { input: { code: 'MINE', name: 'Mine', definition: SCREENING } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('auditor')(SET_ACTIVE, { input: { instrumentId: instrument.id, version: 1, active: false } }))).toBe('FORBIDDEN');
    expect(await instrumentCount()).toBe(before);
    expect((await t.db.query(`SELECT active, version FROM instrument WHERE id = $1`, [instrument.id]))[0]).toEqual({ active: true, version: 1 });
  });

  it('retires an instrument from the list and brings it back; a stale version is a CONFLICT', async () => {
    const instrument = await publish(t, people.admin.token, 'RETIRING');
    const retired = await ok(as('admin')(SET_ACTIVE, { input: { instrumentId: instrument.id, version: 1, active: false } }));
    expect(retired).toMatchObject({ active: false, version: 2 });
    const codes = async (includeInactive: boolean) => (await ok(as('caseManager')(INSTRUMENTS, { includeInactive }))).map((i: { code: string }) => i.code);
    expect(await codes(false)).not.toContain('RETIRING');
    expect(await codes(true)).toContain('RETIRING');

    expect(codeOf(await as('admin')(SET_ACTIVE, { input: { instrumentId: instrument.id, version: 1, active: true } }))).toBe('CONFLICT');
    expect((await t.db.query(`SELECT active FROM instrument WHERE id = $1`, [instrument.id]))[0].active).toBe(false);
    await ok(as('admin')(SET_ACTIVE, { input: { instrumentId: instrument.id, version: 2, active: true } }));
    expect(await codes(false)).toContain('RETIRING');
    const audit = await t.db.query(`SELECT action, changes FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY id`, [instrument.id]);
    expect(audit.map((row: { changes: unknown }) => row.changes)).toEqual([{ active: { from: true, to: false } }, { active: { from: false, to: true } }]);
  });

  it("keeps each agency's instruments to itself", async () => {
    const theirs = await publish(t, people.stranger.token, 'THEIRS');
    expect(codeOf(await as('admin')(GET_INSTRUMENT, { id: theirs.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as('admin')(SET_ACTIVE, { input: { instrumentId: theirs.id, version: 1, active: false } }))).toBe('NOT_FOUND');
    expect((await ok(as('admin')(INSTRUMENTS, { includeInactive: true }))).map((i: { code: string }) => i.code)).not.toContain('THEIRS');
    // The same code in another agency is its own instrument, starting at revision 1.
    expect((await publish(t, people.admin.token, 'THEIRS')).revision).toBe(1);
    expect((await t.db.query(`SELECT active FROM instrument WHERE id = $1`, [theirs.id]))[0].active).toBe(true);
  });
});
