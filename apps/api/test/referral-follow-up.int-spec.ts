import { Clock } from '@waymark/api/common';
import { ReferralExpiry } from '@waymark/api/referral';
import { addDays, REFERRAL_APPOINTMENT_FOLLOW_UP_DAYS, REFERRAL_EXPIRY_DAYS, REFERRAL_NO_ANSWER_DAYS } from '@waymark/shared/types';
import { backToNow, deactivate, sweep, TASKS, taskAuditOf, travelTo } from './support/care-plan-worklist-fixtures';
import { ok } from './support/client-fixtures';
import { clientToRefer, consentTo, CREATE_REFERRAL, directoryService, MOVE_REFERRAL, referralAudit, referralTimeline, referralWorld, type ReferralWorld } from './support/referral-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

interface FollowUpRow {
  kind: string;
  dedupe_key: string;
  due_on: string;
  status: string;
  assignee_id: string | null;
  completed_by: string | null;
  completion_note: string | null;
}

describe('referral follow-ups: the sender’s tasks when nobody answers or after the appointment, and the expiry of unanswered referrals', () => {
  let t: TestApp;
  let world: ReferralWorld;
  let pantry: { id: string; name: string };
  const as =
    (who: keyof ReferralWorld['people']) =>
    (query: string, variables?: Record<string, unknown>) =>
      t.gql(query, variables, { token: world.people[who].token });
  const provider = { name: 'Dr. Amal Haddad, dentist', phone: '555-0100' };
  const today = () => t.app.get(Clock).today();

  beforeAll(async () => {
    t = await startTestApp();
    world = await referralWorld(t);
    pantry = await directoryService(t, world.receiver.id, { waymarkAgencyId: world.receiver.id, name: 'Spanish-speaking food pantry' });
  });
  afterEach(() => backToNow(t));
  afterAll(() => t.close());

  /** A new client's referral, sent now: to the receiving agency's pantry (with the consent it needs), or to a provider off Waymark. */
  const sent = async (to: 'pantry' | 'provider', who: 'caseManager' | 'supervisor' = 'caseManager') => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    if (to === 'pantry') await consentTo(t, world, clientId, world.receiver.id, ['REFERRALS', 'DEMOGRAPHICS']);
    const target = to === 'pantry' ? { serviceId: pantry.id } : { provider };
    const referral = await ok(as(who)(CREATE_REFERRAL, { input: { clientId, enrollmentId, ...target, reason: 'Runs out of food', needs: ['food'], send: true } }));
    return { referral, clientId, enrollmentId };
  };
  const move = (who: keyof ReferralWorld['people'], referral: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}) =>
    ok(as(who)(MOVE_REFERRAL, { input: { id: referral.id, version: referral.version, to, ...extra } }));
  const followUps = (enrollmentId: string): Promise<FollowUpRow[]> =>
    t.db.query(
      `SELECT kind, dedupe_key, due_on::text, status, assignee_id, completed_by, completion_note FROM task
       WHERE enrollment_id = $1 AND kind LIKE 'REFERRAL%' ORDER BY created_at, dedupe_key`,
      [enrollmentId],
    );
  const at = (day: string, time = '16:30:00') => `${day}T${time}.000Z`;

  it('asks the sender to chase a referral nobody answered once the days have passed, and closes the task when the receiver answers', async () => {
    const sentOn = today();
    const { referral, clientId, enrollmentId } = await sent('pantry');
    expect(await followUps(enrollmentId)).toEqual([]);

    // Nothing while the receiver still has time, not even on the night before.
    travelTo(t, addDays(sentOn, REFERRAL_NO_ANSWER_DAYS - 1));
    await sweep(t, world.sender.id);
    expect(await followUps(enrollmentId)).toEqual([]);

    // The nightly reconcile of the day it is due makes it, for whoever sent the referral.
    const dueOn = addDays(sentOn, REFERRAL_NO_ANSWER_DAYS);
    travelTo(t, dueOn);
    await sweep(t, world.sender.id);
    const key = `REFERRAL_NO_ANSWER:${referral.id}:${sentOn}`;
    expect(await followUps(enrollmentId)).toEqual([
      { kind: 'REFERRAL_NO_ANSWER', dedupe_key: key, due_on: dueOn, status: 'OPEN', assignee_id: world.people.caseManager.id, completed_by: null, completion_note: null },
    ]);
    // The worklist names whom it went to, so the SPA can word the title in the reader's language; it closes itself.
    const open = await ok(as('caseManager')(TASKS, { filter: { clientId }, first: 10 }));
    expect(open.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      expect.objectContaining({
        kind: 'REFERRAL_NO_ANSWER',
        title: `Ask ${pantry.name} about the referral`,
        referralLabel: pantry.name,
        subjectType: 'REFERRAL',
        subjectId: referral.id,
        generated: true,
        timing: 'TODAY',
      }),
    ]);
    await sweep(t, world.sender.id);
    expect(await followUps(enrollmentId)).toHaveLength(1);

    // The receiving agency answers in its inbox: the sender's task is done with that step.
    await move('inboxWorker', referral, 'ACCEPTED');
    expect(await followUps(enrollmentId)).toEqual([expect.objectContaining({ dedupe_key: key, status: 'DONE', completed_by: null, completion_note: 'The receiver answered the referral.' })]);
    // Made by the nightly round, read by the sender's worker, closed by the receiver's step: all in the sender's trail.
    const audit = await taskAuditOf(t, clientId);
    expect(audit.map((row) => [row.action, row.actor_id, row.changes?.status ?? row.changes?.kind ?? null])).toEqual([
      ['CREATE', null, { to: 'REFERRAL_NO_ANSWER' }],
      ['READ', world.people.caseManager.id, null],
      ['UPDATE', world.people.inboxWorker.id, { from: 'OPEN', to: 'DONE' }],
    ]);
  });

  it('checks a booked appointment the day after it, replaces the check when the appointment moves, and closes it when the outcome is recorded', async () => {
    const start = today();
    const { referral, enrollmentId } = await sent('provider');
    const accepted = await move('caseManager', referral, 'ACCEPTED');
    const first = addDays(start, 3);
    const booked = await move('caseManager', accepted, 'SCHEDULED', { appointmentAt: at(first), appointmentLocation: 'Front desk' });
    const firstKey = `REFERRAL_APPOINTMENT_FOLLOW_UP:${referral.id}:${first}`;
    expect(await followUps(enrollmentId)).toEqual([
      {
        kind: 'REFERRAL_APPOINTMENT_FOLLOW_UP',
        dedupe_key: firstKey,
        due_on: addDays(first, REFERRAL_APPOINTMENT_FOLLOW_UP_DAYS),
        status: 'OPEN',
        assignee_id: world.people.caseManager.id,
        completed_by: null,
        completion_note: null,
      },
    ]);

    const second = addDays(start, 6);
    const rebooked = await move('caseManager', booked, 'SCHEDULED', { appointmentAt: at(second), appointmentLocation: 'Front desk' });
    const secondKey = `REFERRAL_APPOINTMENT_FOLLOW_UP:${referral.id}:${second}`;
    expect(await followUps(enrollmentId)).toEqual([
      expect.objectContaining({ dedupe_key: firstKey, status: 'CANCELLED', completion_note: 'The appointment was rescheduled.' }),
      expect.objectContaining({ dedupe_key: secondKey, due_on: addDays(second, 1), status: 'OPEN' }),
    ]);

    // After the day, still open (and overdue) until someone records how it went.
    travelTo(t, addDays(second, 2));
    await sweep(t, world.sender.id);
    expect((await followUps(enrollmentId)).map((task) => [task.dedupe_key, task.status])).toEqual([
      [firstKey, 'CANCELLED'],
      [secondKey, 'OPEN'],
    ]);
    await move('caseManager', rebooked, 'COMPLETED', { outcome: 'NEED_MET' });
    expect((await followUps(enrollmentId))[1]).toMatchObject({ dedupe_key: secondKey, status: 'DONE', completion_note: 'Whether the appointment happened is recorded on the referral.' });
  });

  it('expires a referral nobody answered after the expiry days, as the system: its step, the client’s timeline, the audit, and the chase cancelled', async () => {
    const sentOn = today();
    const unanswered = await sent('pantry');
    const answered = await sent('pantry');
    await move('inboxWorker', answered.referral, 'ACCEPTED');
    const expiry = t.app.get(ReferralExpiry);

    travelTo(t, addDays(sentOn, REFERRAL_NO_ANSWER_DAYS));
    await sweep(t, world.sender.id);
    travelTo(t, addDays(sentOn, REFERRAL_EXPIRY_DAYS - 1));
    expect(await expiry.runFor(world.sender.id)).toBe(0);

    travelTo(t, addDays(sentOn, REFERRAL_EXPIRY_DAYS));
    expect(await expiry.runFor(world.sender.id)).toBe(1);
    const statuses = await t.db.query(`SELECT id, status, closed_at IS NOT NULL AS closed FROM referral WHERE id = ANY($1) ORDER BY status`, [[unanswered.referral.id, answered.referral.id]]);
    expect(statuses).toEqual([
      { id: answered.referral.id, status: 'ACCEPTED', closed: false },
      { id: unanswered.referral.id, status: 'EXPIRED', closed: true },
    ]);
    const [step] = await t.db.query(`SELECT from_status, to_status, side, actor_id, note FROM referral_step WHERE referral_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 1`, [
      unanswered.referral.id,
    ]);
    expect(step).toEqual({ from_status: 'SENT', to_status: 'EXPIRED', side: 'SYSTEM', actor_id: null, note: `No answer within ${REFERRAL_EXPIRY_DAYS} days of sending.` });
    expect((await referralTimeline(t, unanswered.clientId)).map((line: { summary: string }) => line.summary)).toEqual(['Referral drafted', 'Referral sent', 'Referral expired without an answer']);
    const audit = await referralAudit(t, unanswered.referral.id, world.sender.id);
    expect(audit[audit.length - 1]).toMatchObject({ action: 'UPDATE', actor_id: null, changes: { status: { from: 'SENT', to: 'EXPIRED' } } });
    expect(await followUps(unanswered.enrollmentId)).toEqual([expect.objectContaining({ kind: 'REFERRAL_NO_ANSWER', status: 'CANCELLED', completion_note: 'The referral expired unanswered.' })]);

    // A second round finds nothing left to expire.
    expect(await expiry.runFor(world.sender.id)).toBe(0);
  });

  // Last: it deactivates the supervisor, who records the other tests' consents.
  it('gives the chase to the primary case manager when the sender no longer carries tasks, and cancels it when the sender cancels the referral', async () => {
    const sentOn = today();
    const { referral, enrollmentId } = await sent('provider', 'supervisor');
    await deactivate(t, { as }, world.people.supervisor.id);
    travelTo(t, addDays(sentOn, REFERRAL_NO_ANSWER_DAYS + 1));
    await sweep(t, world.sender.id);
    expect(await followUps(enrollmentId)).toEqual([expect.objectContaining({ kind: 'REFERRAL_NO_ANSWER', status: 'OPEN', assignee_id: world.people.caseManager.id })]);

    await move('caseManager', referral, 'CANCELLED', { note: 'Client moved away' });
    expect(await followUps(enrollmentId)).toEqual([expect.objectContaining({ status: 'CANCELLED', completion_note: 'The referral was cancelled.' })]);
  });
});
