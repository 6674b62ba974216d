import { REFERRAL_STATUSES, REFERRAL_TRANSITIONS, type ReferralStatus } from '@waymark/shared/types';
import { CLOSURE_CHECK } from './support/care-plan-discharge-fixtures';
import { ok, worker } from './support/client-fixtures';
import { codeOf } from './support/factories';
import { CLOSE_ENROLLMENT } from './support/client-operations';
import {
  clientToRefer,
  consentTo,
  CREATE_REFERRAL,
  day,
  directoryService,
  MOVE_REFERRAL,
  REFERRAL,
  REFERRAL_COUNTS,
  referralAudit,
  referralState,
  referralTimeline,
  REFERRALS,
  referralWorld,
  type ReferralWorld,
  REVOKE_CONSENT,
  UPDATE_REFERRAL,
} from './support/referral-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** What each move needs besides its status. */
const DETAILS: Partial<Record<ReferralStatus, Record<string, unknown>>> = {
  DECLINED: { declineReason: 'NO_CAPACITY' },
  CANCELLED: { note: 'Client moved away' },
  SCHEDULED: { appointmentAt: '2030-03-04T16:30:00.000Z', appointmentLocation: 'Front desk' },
  COMPLETED: { outcome: 'NEED_MET', outcomeNote: 'Groceries for two weeks' },
};

/** How a new referral reaches each status that has moves out of it, from a draft. */
const PATH_TO: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  DRAFT: [],
  SENT: ['SENT'],
  RECEIVED: ['SENT', 'RECEIVED'],
  ACCEPTED: ['SENT', 'ACCEPTED'],
  SCHEDULED: ['SENT', 'ACCEPTED', 'SCHEDULED'],
  NO_SHOW: ['SENT', 'ACCEPTED', 'SCHEDULED', 'NO_SHOW'],
};

describe('referrals: the status machine, from the sender side', () => {
  let t: TestApp;
  let world: ReferralWorld;
  const as = (who: keyof ReferralWorld['people']) => world.as(who);
  const provider = { name: 'Dr. Amal Haddad, dentist', phone: '555-0100', email: 'front@haddad.example', address: '12 Main St' };

  beforeAll(async () => {
    t = await startTestApp();
    world = await referralWorld(t);
  });
  afterAll(() => t.close());

  /** A draft to a provider typed in by hand (off Waymark: the sender records every step). */
  const draft = async (clientId: string, enrollmentId: string, extra: Record<string, unknown> = {}) =>
    ok(as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, provider, reason: 'Tooth pain for weeks', needs: ['health'], ...extra } }));

  const move = (referral: { id: string; version: number }, to: ReferralStatus, extra: Record<string, unknown> = {}) =>
    as('caseManager')(MOVE_REFERRAL, { input: { id: referral.id, version: referral.version, to, ...DETAILS[to], ...extra } });

  /** A referral of a new client driven to `status`. */
  const referralIn = async (status: ReferralStatus) => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    let referral = await draft(clientId, enrollmentId);
    for (const to of PATH_TO[status] ?? []) referral = await ok(move(referral, to));
    return { referral, clientId, enrollmentId };
  };

  it('drafts, edits, sends and follows a referral to its end, each step on the history, the timeline and the trail', async () => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    const created = await draft(clientId, enrollmentId, { urgency: 'URGENT', noteForReceiver: 'Prefers mornings' });
    expect(created).toMatchObject({
      status: 'DRAFT',
      version: 1,
      urgency: 'URGENT',
      side: 'SENDER',
      onWaymark: false,
      provider,
      receiverAgency: null,
      enrollmentId,
      nextStatuses: ['SENT', 'CANCELLED'],
      client: { id: clientId, sharedUnder: 'IN_FORCE' },
      steps: [{ fromStatus: null, toStatus: 'DRAFT', side: 'SENDER', actorName: expect.any(String) }],
    });
    expect(created.client.clientNumber).toEqual(expect.any(String));

    const edited = await ok(as('caseManager')(UPDATE_REFERRAL, { input: { id: created.id, version: 1, provider, reason: 'Tooth pain, swelling', needs: ['health', 'health'] } }));
    expect(edited).toMatchObject({ version: 2, reason: 'Tooth pain, swelling', needs: ['health'], urgency: 'ROUTINE', noteForReceiver: null });

    let referral = await ok(move(edited, 'SENT'));
    expect(referral).toMatchObject({ status: 'SENT', sentAt: expect.any(String), sentBy: { id: world.people.caseManager.id } });
    // Off Waymark, the sender records the receiver's answers for them.
    expect(referral.nextStatuses).toEqual(['RECEIVED', 'ACCEPTED', 'DECLINED', 'CANCELLED']);
    for (const to of ['RECEIVED', 'ACCEPTED', 'SCHEDULED'] as const) referral = await ok(move(referral, to, { note: `step ${to}` }));
    expect(referral).toMatchObject({ status: 'SCHEDULED', answeredAt: expect.any(String), appointmentAt: '2030-03-04T16:30:00.000Z', appointmentLocation: 'Front desk' });
    referral = await ok(move(referral, 'SCHEDULED', { appointmentAt: '2030-03-06T16:30:00.000Z' }));
    referral = await ok(move(referral, 'NO_SHOW'));
    referral = await ok(move(referral, 'SCHEDULED', { appointmentAt: '2030-03-09T16:30:00.000Z' }));
    referral = await ok(move(referral, 'COMPLETED'));
    expect(referral).toMatchObject({ status: 'COMPLETED', outcome: 'NEED_MET', outcomeNote: 'Groceries for two weeks', closedAt: expect.any(String), nextStatuses: [] });
    expect(referral.steps.map((step: { toStatus: string }) => step.toStatus)).toEqual([
      'DRAFT', 'SENT', 'RECEIVED', 'ACCEPTED', 'SCHEDULED', 'SCHEDULED', 'NO_SHOW', 'SCHEDULED', 'COMPLETED',
    ]);
    expect(referral.steps[3]).toMatchObject({ fromStatus: 'RECEIVED', toStatus: 'ACCEPTED', side: 'SENDER', note: 'step ACCEPTED' });
    expect(referral.steps[5]).toMatchObject({ fromStatus: 'SCHEDULED', appointmentAt: '2030-03-06T16:30:00.000Z' });

    // The timeline says what happened, never to whom or why.
    expect((await referralTimeline(t, clientId)).map((line: { summary: string }) => line.summary)).toEqual([
      'Referral drafted',
      'Referral sent',
      'Referral received by the provider',
      'Referral accepted by the provider',
      'Referral appointment booked for 2030-03-04',
      'Referral appointment booked for 2030-03-06',
      'Referral appointment missed',
      'Referral appointment booked for 2030-03-09',
      'Referral completed: need met',
    ]);
    const audit = await referralAudit(t, referral.id, world.sender.id);
    const writes = audit.filter((row: { action: string }) => row.action !== 'READ');
    expect(writes.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', ...Array(8).fill('UPDATE')]);
    expect(writes[0]).toMatchObject({ client_id: clientId, actor_id: world.people.caseManager.id, changes: expect.objectContaining({ reasonLength: { to: 20 } }) });
    expect(writes[2].changes).toEqual({ status: { from: 'DRAFT', to: 'SENT' } });
    expect(writes.at(-1).changes).toEqual({ status: { from: 'SCHEDULED', to: 'COMPLETED' }, outcome: { from: null, to: 'NEED_MET' } });
    // A write's own row stands for its answer; opening the referral afterwards is a read of it.
    expect(audit.filter((row: { action: string }) => row.action === 'READ')).toEqual([]);
    await ok(as('caseManager')(REFERRAL, { id: referral.id }));
    const read = (await referralAudit(t, referral.id, world.sender.id)).filter((row: { action: string }) => row.action === 'READ');
    expect(read).toEqual([expect.objectContaining({ actor_id: world.people.caseManager.id })]);
    expect([...audit, ...read].every((row: { client_id: string }) => row.client_id === clientId)).toBe(true);
  });

  it('allows every move of the machine a sender may take for a receiver off Waymark', async () => {
    for (const from of Object.keys(PATH_TO) as ReferralStatus[]) {
      for (const [to, side] of Object.entries(REFERRAL_TRANSITIONS[from]) as [ReferralStatus, string][]) {
        if (side === 'SYSTEM') continue;
        const { referral } = await referralIn(from);
        const moved = await ok(move(referral, to));
        expect({ from, to, status: moved.status, version: moved.version }).toEqual({ from, to, status: to, version: referral.version + 1 });
      }
    }
  });

  it('refuses every move the machine forbids, and the system’s expiry, writing nothing', async () => {
    for (const from of ['DRAFT', 'SENT', 'SCHEDULED', 'NO_SHOW'] as ReferralStatus[]) {
      const { referral, clientId } = await referralIn(from);
      const before = await referralState(t, clientId);
      for (const to of REFERRAL_STATUSES.filter((status) => !REFERRAL_TRANSITIONS[from][status] || REFERRAL_TRANSITIONS[from][status] === 'SYSTEM')) {
        const refused = await move(referral, to);
        expect({ from, to, error: refused.errors?.[0].extensions }).toEqual({ from, to, error: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'ILLEGAL_TRANSITION' }) });
      }
      expect(await referralState(t, clientId)).toEqual(before);
    }
    const { referral, clientId } = await referralIn('SCHEDULED');
    const done = await ok(move(referral, 'COMPLETED'));
    for (const to of REFERRAL_STATUSES) expect((await move(done, to)).errors?.[0].extensions.reason).toBe('ILLEGAL_TRANSITION');
    expect((await referralState(t, clientId)).referrals[0]).toMatchObject({ status: 'COMPLETED' });
  });

  it('asks each step for what it needs: a decline its reason (and a note when the reason is OTHER), a booking its time (not a day already past), a completion its outcome, a cancellation its note', async () => {
    const { referral: sent, clientId } = await referralIn('SENT');
    const before = await referralState(t, clientId);
    const missing = async (to: ReferralStatus, from: { id: string; version: number }, blank: Record<string, unknown>) =>
      (await move(from, to, blank)).errors?.[0].extensions;
    expect(await missing('DECLINED', sent, { declineReason: null })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'declineReason', message: 'required' }] });
    expect(await missing('CANCELLED', sent, { note: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: 'required' }] });
    expect(await missing('DECLINED', sent, { declineReason: 'BORED' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await missing('DECLINED', sent, { declineReason: 'OTHER', note: null })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', message: 'required' }] });
    expect(await referralState(t, clientId)).toEqual(before);

    const { referral: accepted, clientId: otherClient } = await referralIn('ACCEPTED');
    const acceptedBefore = await referralState(t, otherClient);
    expect(await missing('SCHEDULED', accepted, { appointmentAt: null })).toMatchObject({ fields: [{ field: 'appointmentAt', message: 'required' }] });
    expect(await missing('SCHEDULED', accepted, { appointmentAt: '2020-01-01T09:00:00.000Z' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'appointmentAt', message: 'in the past' }] });
    expect(await missing('COMPLETED', accepted, { outcome: null })).toMatchObject({ fields: [{ field: 'outcome', message: 'required' }] });
    expect(await referralState(t, otherClient)).toEqual(acceptedBefore);

    const declined = await ok(move(sent, 'DECLINED', { note: 'Full until spring' }));
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'NO_CAPACITY', answeredAt: expect.any(String), closedAt: expect.any(String) });
  });

  it('refuses a stale version, an edit once sent, a referral naming both or neither of a service and a provider, and another client’s enrollment', async () => {
    const { referral, clientId, enrollmentId } = await referralIn('DRAFT');
    const sent = await ok(move(referral, 'SENT'));
    expect((await move(referral, 'CANCELLED')).errors?.[0].extensions.code).toBe('CONFLICT');
    const edit = await as('caseManager')(UPDATE_REFERRAL, { input: { id: sent.id, version: sent.version, provider, reason: 'Changed' } });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
    const before = await referralState(t, clientId);

    const service = await directoryService(t, world.sender.id);
    const both = await as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, provider, serviceId: service.id, reason: 'x' } });
    expect(both.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const neither = await as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, reason: 'x' } });
    expect(neither.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const other = await clientToRefer(t, world);
    const mixed = await as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId: other.enrollmentId, provider, reason: 'x' } });
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'enrollmentId', message: 'not this client' }] });
    const privateElsewhere = await directoryService(t, world.third.id, { visibility: 'PRIVATE' });
    const hidden = await as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, serviceId: privateElsewhere.id, reason: 'x' } });
    expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'serviceId', message: 'not found' }] });
    expect(await referralState(t, clientId)).toEqual(before);

    // A directory service of the sender's own agency: named as it is, no other inbox to reach.
    const own = await ok(as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, serviceId: service.id, reason: 'Food', send: true } }));
    expect(own).toMatchObject({ status: 'SENT', serviceName: service.name, organizationName: service.organizationName, onWaymark: false, receiverAgency: null });
  });

  it('refuses needs outside the taxonomy and a service that is not active, writing nothing', async () => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    const unknown = await as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, provider, reason: 'x', needs: ['health', 'moon-base'] } });
    expect(unknown.errors?.[0].message).toContain('moon-base');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'needs', message: expect.stringContaining('moon-base') }] });
    const closed = await directoryService(t, world.sender.id, { status: 'TEMPORARILY_CLOSED' });
    const inactive = await as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, serviceId: closed.id, reason: 'x', send: true } });
    expect(inactive.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'serviceId', message: 'not active (TEMPORARILY_CLOSED)' }] });
    expect(await referralState(t, clientId)).toEqual({ referrals: [], steps: 0 });
    expect(await referralTimeline(t, clientId)).toEqual([]);
  });

  it('sends to a provider off Waymark under a named consent only while it is in force and covers referrals, and never under another client’s', async () => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    const dental = { recipientKind: 'ORGANIZATION', recipientAgencyId: undefined, recipientName: 'Haddad Dental' };
    const sendUnder = (consentId: string, send = true) => as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, provider, reason: 'Tooth pain', consentId, send } });

    const other = await clientToRefer(t, world);
    const theirs = await consentTo(t, world, other.clientId, world.receiver.id, ['REFERRALS'], dental);
    expect((await sendUnder(theirs.id, false)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'consentId', message: 'not found' }] });

    const notCovering = await consentTo(t, world, clientId, world.receiver.id, ['DEMOGRAPHICS'], dental);
    const revoked = await consentTo(t, world, clientId, world.receiver.id, ['REFERRALS'], dental);
    await ok(as('supervisor')(REVOKE_CONSENT, { input: { consentId: revoked.id, version: revoked.version, reason: 'Client withdrew' } }));
    const expired = await consentTo(t, world, clientId, world.receiver.id, ['REFERRALS'], dental);
    await t.db.query(`UPDATE consent SET effective_until = current_date - 1 WHERE id = $1`, [expired.id]);
    for (const [consent, why] of [
      [notCovering, 'CATEGORY_NOT_COVERED'],
      [revoked, 'REVOKED'],
      [expired, 'EXPIRED'],
    ] as const) {
      expect((await sendUnder(consent.id)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSENT_REQUIRED', details: why });
    }
    expect(await referralState(t, clientId)).toEqual({ referrals: [], steps: 0 });

    const inForce = await consentTo(t, world, clientId, world.receiver.id, ['REFERRALS'], dental);
    expect(await ok(sendUnder(inForce.id))).toMatchObject({ status: 'SENT', onWaymark: false });
    expect((await referralState(t, clientId)).referrals[0].consent_id).toBe(inForce.id);
  });

  it('saves and sends an edited draft in one step (send: true), and keeps none of the edit when the send is refused', async () => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    const dental = { recipientKind: 'ORGANIZATION', recipientAgencyId: undefined, recipientName: 'Haddad Dental' };
    const revoked = await consentTo(t, world, clientId, world.receiver.id, ['REFERRALS'], dental);
    await ok(as('supervisor')(REVOKE_CONSENT, { input: { consentId: revoked.id, version: revoked.version, reason: 'Client withdrew' } }));
    const saved = await draft(clientId, enrollmentId);
    const edit = (consentId: string) =>
      as('caseManager')(UPDATE_REFERRAL, { input: { id: saved.id, version: saved.version, provider, reason: 'Tooth pain, now swelling', consentId, send: true } });
    const before = await referralState(t, clientId);

    expect((await edit(revoked.id)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSENT_REQUIRED', details: 'REVOKED' });
    expect(await referralState(t, clientId)).toEqual(before);

    const inForce = await consentTo(t, world, clientId, world.receiver.id, ['REFERRALS'], dental);
    expect(await ok(edit(inForce.id))).toMatchObject({ status: 'SENT', reason: 'Tooth pain, now swelling', sentAt: expect.any(String) });
    expect((await referralState(t, clientId)).steps).toBe(2);
  });

  it('lists the sent box by status and client, counts its board, and keeps auditors to reading', async () => {
    const { referral, clientId } = await referralIn('SENT');
    const page = await ok(as('caseManager')(REFERRALS, { filter: { box: 'SENT', clientId } }));
    expect(page.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([referral.id]);
    const sentOnly = await ok(as('supervisor')(REFERRALS, { filter: { box: 'SENT', statuses: ['SENT'] }, first: 2 }));
    expect(sentOnly.edges.every((edge: { node: { status: string } }) => edge.node.status === 'SENT')).toBe(true);
    if (sentOnly.pageInfo.hasNextPage) {
      const next = await ok(as('supervisor')(REFERRALS, { filter: { box: 'SENT', statuses: ['SENT'] }, first: 2, after: sentOnly.pageInfo.endCursor }));
      expect(next.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(sentOnly.edges[0].node.id);
    }
    const counts = await ok(as('supervisor')(REFERRAL_COUNTS, { box: 'SENT' }));
    expect(counts).toHaveLength(REFERRAL_STATUSES.length);
    const [stored] = await t.db.query(`SELECT count(*)::int AS count FROM referral WHERE agency_id = $1 AND status = 'SENT'`, [world.sender.id]);
    expect(counts.find((row: { status: string }) => row.status === 'SENT').count).toBe(stored.count);

    // A case manager of the same agency without the client on their caseload finds none of its referrals.
    const colleague = await worker(t, world.sender, 'CASE_MANAGER');
    const theirs = await ok(t.gql(REFERRALS, { filter: { box: 'SENT' }, first: 100 }, { token: colleague.token }));
    expect(theirs.edges).toEqual([]);
    expect(codeOf(await t.gql(REFERRAL, { id: referral.id }, { token: colleague.token }))).toBe('FORBIDDEN');

    expect(await ok(as('auditor')(REFERRAL, { id: referral.id }))).toMatchObject({ id: referral.id, side: 'SENDER' });
    expect((await as('auditor')(MOVE_REFERRAL, { input: { id: referral.id, version: referral.version, to: 'CANCELLED', note: 'x' } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("blocks closing the enrollment while a referral from it is open, until it is cancelled", async () => {
    const { referral, enrollmentId } = await referralIn('ACCEPTED');
    const blockers = await ok(as('caseManager')(CLOSURE_CHECK, { enrollmentId }));
    expect(blockers).toEqual([{ kind: 'OPEN_REFERRAL', id: referral.id, description: expect.stringContaining(provider.name) }]);
    const [enrollment] = await t.db.query(`SELECT version FROM enrollment WHERE id = $1`, [enrollmentId]);
    const close = () => as('caseManager')(CLOSE_ENROLLMENT, { input: { enrollmentId, version: enrollment.version, closeReason: 'Goals met', closedOn: day(0) } });
    expect((await close()).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLOSURE_BLOCKED' });
    await ok(move(referral, 'CANCELLED'));
    expect(await ok(as('caseManager')(CLOSURE_CHECK, { enrollmentId }))).toEqual([]);
    await ok(close());
    const closed = await as('caseManager')(CREATE_REFERRAL, { input: { clientId: referral.client.id, enrollmentId, provider, reason: 'x' } });
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LOCKED_RECORD' });
  });
});
