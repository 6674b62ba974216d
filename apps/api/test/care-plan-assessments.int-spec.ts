import { EventEmitter2 } from '@nestjs/event-emitter';
import { type AssessmentEvent, CarePlanEvent } from '@waymark/api/care-plan';
import { addMonths } from '@waymark/shared/types';
import { clientOnCaseload, daysFromToday, newClient, newProgram, ok, staffedAgency, type StaffedAgency, type Worker } from './support/client-fixtures';
import {
  type Assessment,
  CLIENT_ASSESSMENTS,
  COMPARE,
  COMPLETE,
  completed,
  CORRECT,
  DISCARD,
  GET_ASSESSMENT,
  type Instrument,
  publish,
  SAVE,
  SCREENING,
  SET_ACTIVE,
  START,
  startDraft,
} from './support/care-plan-assessment-fixtures';
import { ENROLL } from './support/client-operations';
import { codeOf } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const ROLES = {
  caseManager: 'CASE_MANAGER',
  auditor: 'AUDITOR',
  // A case manager of the agency whose caseload does not hold the client.
  outsider: 'CASE_MANAGER',
} as const;
type Who = keyof typeof ROLES | 'admin' | 'stranger';

describe('assessments', () => {
  let t: TestApp;
  let people: Record<Who, Worker>;
  let as: StaffedAgency<keyof typeof ROLES>['as'];
  let screening: Instrument;
  let clientId: string;
  let enrollmentId: string;
  const heard: AssessmentEvent[] = [];
  const today = daysFromToday(0);
  const OPENED_ON = daysFromToday(-90);

  beforeAll(async () => {
    t = await startTestApp();
    ({ people, as } = await staffedAgency(t, ROLES));
    screening = await publish(t, people.admin.token);
    const programId = await newProgram(t, people.admin.token, {}, { rules: { requiredInstruments: [{ instrumentCode: 'SOCIAL_NEEDS', renewEveryMonths: 6 }] } });
    clientId = await newClient(t, people.admin.token, { status: 'ACTIVE' });
    // Open for a season, so assessments done before today still fall within it.
    enrollmentId = (await ok(as('admin')(ENROLL, { input: { clientId, programId, openedOn: OPENED_ON, primaryCaseManagerId: people.caseManager.id, reason: 'Referral' } }))).id;
    t.app.get(EventEmitter2).on(CarePlanEvent.ASSESSMENT_COMPLETED, (event: AssessmentEvent) => heard.push(event));
  });
  afterAll(() => t.close());

  const row = async (id: string) => (await t.db.query(`SELECT * FROM assessment WHERE id = $1`, [id]))[0];
  const count = async (client = clientId) => Number((await t.db.query(`SELECT count(*) FROM assessment WHERE client_id = $1`, [client]))[0].count);
  const auditOf = async (id: string) => t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_id = $1 AND entity_type = 'Assessment' ORDER BY id`, [id]);
  const draft = (who: Who = 'caseManager', input: Record<string, unknown> = {}) => startDraft(t, people[who].token, { clientId, instrumentId: screening.id, enrollmentId, ...input });
  const save = (who: Who, a: { id: string; version: number }, answers: Record<string, unknown>) => as(who)(SAVE, { input: { assessmentId: a.id, version: a.version, answers } });
  const complete = (who: Who, a: { id: string; version: number }, completedOn = today) => as(who)(COMPLETE, { input: { assessmentId: a.id, version: a.version, completedOn } });

  it('saves answers as they come, scores a draft as it stands, and completes it with scores, bands, needs and the renewal date', async () => {
    const started = await draft();
    expect(started).toMatchObject({
      status: 'IN_PROGRESS',
      clientId,
      enrollmentId,
      answers: {},
      missingRequired: ['housing', 'meals'],
      instrument: { id: screening.id, code: 'SOCIAL_NEEDS', revision: 1 },
      startedBy: { id: people.caseManager.id },
      completedAt: null,
      nextDueOn: null,
    });

    const first = await ok<Assessment>(save('caseManager', started, { housing: 'unstable', notes: 'Lives with a cousin' }));
    expect(first).toMatchObject({ version: 2, answers: { housing: 'unstable', notes: 'Lives with a cousin' }, missingRequired: ['eviction', 'meals'] });
    // A later save merges; null clears an answer.
    const second = await ok<Assessment>(save('caseManager', first, { housing: 'none', meals: 5, hungry: true, notes: null }));
    expect(second.answers).toEqual({ housing: 'none', meals: 5, hungry: true });
    expect(second.missingRequired).toEqual([]);
    expect(second.scores).toEqual([{ key: 'risk', label: { en: 'Overall risk', es: null }, total: 10, answered: 3, bandLabel: { en: 'High' }, need: true, domain: 'SAFETY' }]);

    const done = await ok<Assessment>(complete('caseManager', second));
    expect(done).toMatchObject({
      status: 'COMPLETED',
      version: 4,
      completedOn: today,
      nextDueOn: addMonths(today, 6),
      completedBy: { id: people.caseManager.id },
      missingRequired: [],
      scores: [{ key: 'risk', total: 10, bandLabel: { en: 'High' }, need: true }],
      needs: [
        { domain: 'HOUSING', source: 'housing', label: { en: 'Where do you live now?' } },
        { domain: 'FOOD', source: 'meals', label: { en: 'Meals missed last week' } },
        { domain: 'SAFETY', source: 'risk', label: { en: 'Overall risk' } },
      ],
    });

    const [entry] = await t.db.query(`SELECT kind, source_type, summary, actor_id FROM client_timeline_entry WHERE source_id = $1`, [done.id]);
    expect(entry).toEqual({ kind: 'ASSESSMENT', source_type: 'Assessment', summary: 'Social needs screening completed', actor_id: people.caseManager.id });
    expect(heard).toContainEqual({ assessmentId: done.id, clientId, enrollmentId, instrumentCode: 'SOCIAL_NEEDS', completedOn: today, nextDueOn: addMonths(today, 6) });
    expect((await auditOf(done.id)).map((a: { action: string; changes: unknown }) => [a.action, a.changes])).toEqual([
      ['CREATE', { instrument: { to: 'SOCIAL_NEEDS r1' }, enrollmentId: { to: enrollmentId } }],
      ['UPDATE', { answered: { to: ['housing', 'notes'] }, cleared: { to: [] } }],
      ['UPDATE', { answered: { to: ['housing', 'meals', 'hungry'] }, cleared: { to: ['notes'] } }],
      ['UPDATE', { status: { from: 'IN_PROGRESS', to: 'COMPLETED' }, completedOn: { to: today }, nextDueOn: { to: addMonths(today, 6) } }],
    ]);
  });

  it('does not require a question the skip logic hides, and keeps no answer to it', async () => {
    const started = await draft();
    const answered = await ok<Assessment>(save('caseManager', started, { housing: 'unstable', eviction: daysFromToday(30), meals: 0 }));
    const changedMind = await ok<Assessment>(save('caseManager', answered, { housing: 'stable' }));
    expect(changedMind.missingRequired).toEqual([]);
    const done = await ok<Assessment>(complete('caseManager', changedMind));
    expect(done.answers).toEqual({ housing: 'stable', meals: 0 });
    expect(done.scores[0]).toMatchObject({ total: 0, bandLabel: { en: 'Low' }, need: false });
    expect(done.needs).toEqual([]);
  });

  it('refuses to complete with required answers missing, naming each, and writes nothing', async () => {
    const started = await draft();
    const partial = await ok<Assessment>(save('caseManager', started, { housing: 'unstable' }));
    const before = await row(partial.id);
    const heardBefore = heard.length;
    const res = await complete('caseManager', partial);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions).toMatchObject({
      reason: 'INCOMPLETE',
      fields: [
        { field: 'eviction', message: 'is required' },
        { field: 'meals', message: 'is required' },
      ],
    });
    expect(await row(partial.id)).toEqual(before);
    expect(await t.db.query(`SELECT 1 FROM client_timeline_entry WHERE source_id = $1`, [partial.id])).toHaveLength(0);
    expect(heard).toHaveLength(heardBefore);

    expect(codeOf(await complete('caseManager', partial, daysFromToday(1)))).toBe('BAD_USER_INPUT');
    expect(await row(partial.id)).toEqual(before);
  });

  it('refuses answers a question cannot take, naming the question, and saves none of them', async () => {
    const started = await draft();
    const res = await save('caseManager', started, { housing: 'castle', meals: 9, hungry: 'yes', eviction: 'soon', mood: 'fine', notes: 'kept?' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions['fields']).toEqual([
      { field: 'answers.housing', message: 'must be one of the options' },
      { field: 'answers.meals', message: 'must be a whole number from 0 to 7' },
      { field: 'answers.hungry', message: 'must be yes or no' },
      { field: 'answers.eviction', message: 'must be a date (YYYY-MM-DD)' },
      { field: 'answers.mood', message: 'is not a question of this instrument' },
    ]);
    expect(await row(started.id)).toMatchObject({ answers: {}, version: 1 });
  });

  it('refuses a stale version with CONFLICT and keeps the newer answers', async () => {
    const started = await draft();
    await ok(save('caseManager', started, { meals: 1 }));
    // An autosave with nothing new changes nothing, not even the version.
    expect(await ok(save('caseManager', { id: started.id, version: 2 }, {}))).toMatchObject({ version: 2 });
    expect(codeOf(await save('caseManager', started, { meals: 6 }))).toBe('CONFLICT');
    expect(codeOf(await complete('caseManager', started))).toBe('CONFLICT');
    expect(codeOf(await as('caseManager')(DISCARD, { input: { assessmentId: started.id, version: 1 } }))).toBe('CONFLICT');
    expect(await row(started.id)).toMatchObject({ answers: { meals: 1 }, version: 2, status: 'IN_PROGRESS' });
  });

  it('locks a completed assessment: changes are LOCKED_RECORD, and a correction is a new version that supersedes it', async () => {
    const original = await completed(t, people.caseManager.token, { clientId, instrumentId: screening.id, enrollmentId }, { housing: 'stable', meals: 1 }, daysFromToday(-3));
    const locked = await row(original.id);
    for (const attempt of [save('caseManager', original, { meals: 2 }), complete('caseManager', original), as('caseManager')(DISCARD, { input: { assessmentId: original.id, version: original.version } })]) {
      const res = await attempt;
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions['reason']).toBe('LOCKED_RECORD');
    }
    expect(await row(original.id)).toEqual(locked);

    const correction = await ok<Assessment>(as('caseManager')(CORRECT, { input: { assessmentId: original.id, reason: 'Meals were miscounted' } }));
    expect(correction).toMatchObject({ status: 'IN_PROGRESS', correctsId: original.id, correctionReason: 'Meals were miscounted', answers: { housing: 'stable', meals: 1 } });
    expect(correction.id).not.toBe(original.id);
    const second = await as('caseManager')(CORRECT, { input: { assessmentId: original.id, reason: 'Again' } });
    expect(codeOf(second)).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].extensions['fields']).toEqual([{ field: 'assessmentId', message: 'has a correction in progress' }]);
    expect(await t.db.query(`SELECT id FROM assessment WHERE corrects_id = $1`, [original.id])).toEqual([{ id: correction.id }]);

    const fixed = await ok<Assessment>(save('caseManager', correction, { meals: 4 }));
    expect((await row(original.id)).status).toBe('COMPLETED');
    const done = await ok<Assessment>(complete('caseManager', fixed, daysFromToday(-3)));
    expect(done).toMatchObject({ status: 'COMPLETED', correctsId: original.id, scores: [{ total: 4, bandLabel: { en: 'Moderate' } }], needs: [{ source: 'meals' }] });
    expect((await ok(as('caseManager')(GET_ASSESSMENT, { id: original.id }))).status).toBe('SUPERSEDED');
    expect(codeOf(await as('caseManager')(CORRECT, { input: { assessmentId: original.id, reason: 'Old one' } }))).toBe('BAD_USER_INPUT');
    const [entry] = await t.db.query(`SELECT summary, occurred_at FROM client_timeline_entry WHERE source_id = $1`, [done.id]);
    expect(entry.summary).toBe('Social needs screening corrected');
    expect(new Date(entry.occurred_at).toISOString().slice(0, 10)).toBe(daysFromToday(-3));
    const updates = (await auditOf(original.id)).filter((a: { action: string }) => a.action === 'UPDATE');
    expect(updates.at(-1)).toMatchObject({ actor_id: people.caseManager.id, changes: { status: { from: 'COMPLETED', to: 'SUPERSEDED' } } });
  });

  it('completes a correction with the renewal the original set, refusing a day before the original or before the enrollment opened', async () => {
    const original = await completed(t, people.caseManager.token, { clientId, instrumentId: screening.id, enrollmentId }, { housing: 'stable', meals: 1 }, daysFromToday(-20));
    expect(original.nextDueOn).toBe(addMonths(daysFromToday(-20), 6));
    const correction = await ok<Assessment>(as('caseManager')(CORRECT, { input: { assessmentId: original.id, reason: 'The meals answer was about last month' } }));
    const [opened] = await auditOf(correction.id);
    expect(opened.changes).toEqual({ correctsId: { to: original.id }, correctionReasonLength: { to: 'The meals answer was about last month'.length } });

    const draftRow = await row(correction.id);
    const beforeOriginal = await complete('caseManager', correction, daysFromToday(-21));
    expect(codeOf(beforeOriginal)).toBe('BAD_USER_INPUT');
    expect(beforeOriginal.errors?.[0].extensions['fields']).toEqual([{ field: 'completedOn', message: 'is before the corrected assessment' }]);
    expect(await row(correction.id)).toEqual(draftRow);
    expect((await row(original.id)).status).toBe('COMPLETED');

    // Corrected today, it still falls due when the original did: a correction does not move the renewal.
    const done = await ok<Assessment>(complete('caseManager', correction, today));
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn: today, nextDueOn: original.nextDueOn });

    const early = await draft();
    const beforeEnrollment = await complete('caseManager', await ok<Assessment>(save('caseManager', early, { housing: 'stable', meals: 1 })), daysFromToday(-91));
    expect(codeOf(beforeEnrollment)).toBe('BAD_USER_INPUT');
    expect(beforeEnrollment.errors?.[0].extensions['fields']).toEqual([{ field: 'completedOn', message: 'is before the enrollment opened' }]);
    expect((await row(early.id)).status).toBe('IN_PROGRESS');
  });

  it('compares an assessment with the previous one of the instrument, or with one chosen', async () => {
    const client = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const input = { clientId: client, instrumentId: screening.id };
    const april = await completed(t, people.caseManager.token, input, { housing: 'none', meals: 5, notes: 'Shelter' }, daysFromToday(-60));
    const may = await completed(t, people.caseManager.token, input, { housing: 'unstable', eviction: daysFromToday(20), meals: 5 }, daysFromToday(-30));
    const june = await completed(t, people.caseManager.token, input, { housing: 'stable', meals: 1 }, daysFromToday(-1));

    const comparison = await ok(as('caseManager')(COMPARE, { assessmentId: june.id }));
    expect(comparison).toEqual({
      current: { id: june.id },
      previous: { id: may.id },
      changes: [
        { question: 'housing', label: { en: 'Where do you live now?' }, before: 'unstable', after: 'stable' },
        { question: 'eviction', label: { en: 'When must you leave?' }, before: daysFromToday(20), after: null },
        { question: 'meals', label: { en: 'Meals missed last week' }, before: 5, after: 1 },
      ],
      scores: [{ key: 'risk', label: { en: 'Overall risk' }, before: 7, after: 1 }],
    });
    const chosen = await ok(as('caseManager')(COMPARE, { assessmentId: june.id, previousId: april.id }));
    expect(chosen.previous.id).toBe(april.id);
    expect(chosen.scores).toEqual([{ key: 'risk', label: { en: 'Overall risk' }, before: 9, after: 1 }]);
    expect((await ok(as('caseManager')(COMPARE, { assessmentId: april.id }))).previous).toBeNull();

    const other = await completed(t, people.caseManager.token, { clientId, instrumentId: screening.id }, { housing: 'stable', meals: 0 }, today);
    const mixed = await as('caseManager')(COMPARE, { assessmentId: june.id, previousId: other.id });
    expect(codeOf(mixed)).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0].extensions['fields']).toEqual([{ field: 'previousId', message: "is another client's assessment" }]);
  });

  it('compares across revisions of an instrument by question key, naming a dropped question by its old wording', async () => {
    const client = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const code = 'REWORDED';
    const first = await publish(t, people.admin.token, code);
    const revised = structuredClone(SCREENING);
    revised.sections[1].questions = revised.sections[1].questions.filter((q) => q.key !== 'notes');
    revised.sections[0].questions[0].label = { en: 'Your housing today', es: 'Su vivienda hoy' };
    const second = await publish(t, people.admin.token, code, revised);
    expect(second.revision).toBe(2);
    const before = await completed(t, people.caseManager.token, { clientId: client, instrumentId: first.id }, { housing: 'none', meals: 2, notes: 'Car' }, daysFromToday(-5));
    const after = await completed(t, people.caseManager.token, { clientId: client, instrumentId: second.id }, { housing: 'stable', meals: 2 }, today);
    const comparison = await ok(as('caseManager')(COMPARE, { assessmentId: after.id }));
    expect(comparison.previous.id).toBe(before.id);
    expect(comparison.changes).toEqual([
      { question: 'housing', label: { en: 'Your housing today' }, before: 'none', after: 'stable' },
      { question: 'notes', label: { en: 'Anything else?' }, before: 'Car', after: null },
    ]);
  });

  it('corrects only a completed assessment', async () => {
    const open = await draft();
    const res = await as('caseManager')(CORRECT, { input: { assessmentId: open.id, reason: 'Too early' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions['fields']).toEqual([{ field: 'assessmentId', message: 'is a draft' }]);
    expect(await t.db.query(`SELECT 1 FROM assessment WHERE corrects_id = $1`, [open.id])).toHaveLength(0);
  });

  it('lists drafts first, then newest completed, and records a read of each', async () => {
    const client = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const input = { clientId: client, instrumentId: screening.id };
    const older = await completed(t, people.caseManager.token, input, { housing: 'stable', meals: 0 }, daysFromToday(-10));
    const newer = await completed(t, people.caseManager.token, input, { housing: 'stable', meals: 0 }, daysFromToday(-2));
    const open = await startDraft(t, people.caseManager.token, input);
    const listed = await ok(as('auditor')(CLIENT_ASSESSMENTS, { clientId: client }));
    expect(listed.map((a: { id: string }) => a.id)).toEqual([open.id, newer.id, older.id]);
    await ok(as('auditor')(GET_ASSESSMENT, { id: older.id }));
    const reads = await t.db.query(`SELECT entity_id FROM audit_event WHERE action = 'READ' AND entity_type = 'Assessment' AND actor_id = $1 AND client_id = $2`, [people.auditor.id, client]);
    expect(reads.map((r: { entity_id: string }) => r.entity_id).sort()).toEqual([open.id, newer.id, older.id, older.id].sort());
  });

  it('throws a draft away, audited', async () => {
    const started = await draft();
    expect((await as('caseManager')(DISCARD, { input: { assessmentId: started.id, version: 1 } })).data?.discardAssessment).toBe(true);
    expect(await row(started.id)).toBeUndefined();
    expect((await auditOf(started.id)).map((a: { action: string }) => a.action)).toEqual(['CREATE', 'DELETE']);
  });

  it('lets an auditor read but not write, and keeps assessments from case managers without the client', async () => {
    const done = await completed(t, people.caseManager.token, { clientId, instrumentId: screening.id }, { housing: 'stable', meals: 0 }, today);
    const open = await draft();
    const before = await count();
    expect((await ok(as('auditor')(GET_ASSESSMENT, { id: done.id }))).id).toBe(done.id);
    for (const attempt of [
      as('auditor')(START, { input: { clientId, instrumentId: screening.id } }),
      save('auditor', open, { meals: 3 }),
      complete('auditor', open),
      as('auditor')(CORRECT, { input: { assessmentId: done.id, reason: 'Audit' } }),
      as('auditor')(DISCARD, { input: { assessmentId: open.id, version: open.version } }),
      as('outsider')(GET_ASSESSMENT, { id: done.id }),
      as('outsider')(CLIENT_ASSESSMENTS, { clientId }),
      as('outsider')(START, { input: { clientId, instrumentId: screening.id } }),
      as('outsider')(COMPARE, { assessmentId: done.id }),
    ]) {
      expect(codeOf(await attempt)).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before);
    expect(await row(open.id)).toMatchObject({ answers: {}, version: 1 });
  });

  it("answers NOT_FOUND for another agency's client, assessment and instrument, and another client's enrollment", async () => {
    const theirClient = await newClient(t, people.stranger.token, { status: 'ACTIVE' });
    const theirInstrument = await publish(t, people.stranger.token);
    const theirs = await completed(t, people.stranger.token, { clientId: theirClient, instrumentId: theirInstrument.id }, { housing: 'stable', meals: 0 }, today);
    const before = await row(theirs.id);
    const ownCount = await count();
    for (const attempt of [
      as('admin')(GET_ASSESSMENT, { id: theirs.id }),
      as('admin')(CLIENT_ASSESSMENTS, { clientId: theirClient }),
      as('admin')(COMPARE, { assessmentId: theirs.id }),
      as('admin')(START, { input: { clientId: theirClient, instrumentId: screening.id } }),
      as('admin')(START, { input: { clientId, instrumentId: theirInstrument.id } }),
      as('admin')(CORRECT, { input: { assessmentId: theirs.id, reason: 'Mine now' } }),
      save('admin', theirs, { meals: 3 }),
    ]) {
      expect(codeOf(await attempt)).toBe('NOT_FOUND');
    }
    expect(await row(theirs.id)).toEqual(before);
    expect(await count()).toBe(ownCount);

    const otherClient = await clientOnCaseload(t, people.admin.token, people.caseManager);
    const [otherEnrollment] = await t.db.query(`SELECT id FROM enrollment WHERE client_id = $1`, [otherClient]);
    expect(codeOf(await as('caseManager')(START, { input: { clientId, instrumentId: screening.id, enrollmentId: otherEnrollment.id } }))).toBe('NOT_FOUND');
    expect(await count()).toBe(ownCount);
  });

  it('starts no assessment of a retired instrument', async () => {
    const retiring = await publish(t, people.admin.token, 'RETIRED_SCREEN');
    await ok(as('admin')(SET_ACTIVE, { input: { instrumentId: retiring.id, version: 1, active: false } }));
    const before = await count();
    const res = await as('caseManager')(START, { input: { clientId, instrumentId: retiring.id } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions['fields']).toEqual([{ field: 'instrumentId', message: 'is retired' }]);
    expect(await count()).toBe(before);
  });
});
