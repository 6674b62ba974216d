import { ok } from './support/client-fixtures';
import { codeOf } from './support/factories';
import {
  clientToRefer,
  consentTo,
  CREATE_REFERRAL,
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

const CLIENT = `query ($id: ID!) { client(id: $id) { id } }`;
const INBOX_PAGE = `query ($first: Int) { referrals(filter: { box: RECEIVED }, first: $first) { edges { node {
  id reason senderAgency { name } sentBy { displayName } steps { actorName actorAgencyName } client { displayName phone sharedUnder }
} } } }`;

describe('referrals across agencies: consent, the inbox, the closed loop and isolation', () => {
  let t: TestApp;
  let world: ReferralWorld;
  let service: { id: string; name: string; organizationName: string };
  const as = (who: keyof ReferralWorld['people']) => world.as(who);
  const maria = { legalFirstName: 'María', legalLastName: 'Delgado', dateOfBirth: '1980-05-17', primaryLanguage: 'es', phone: '555-0142', email: 'maria@example.com' };

  beforeAll(async () => {
    t = await startTestApp();
    world = await referralWorld(t);
    // The receiving agency keeps its own entry in the shared directory, as an agency on Waymark.
    service = await directoryService(t, world.receiver.id, { waymarkAgencyId: world.receiver.id, name: 'Spanish-speaking food pantry' });
  });
  afterAll(() => t.close());

  const refer = (clientId: string, enrollmentId: string, send = true) =>
    as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, serviceId: service.id, reason: 'Food insecurity', needs: ['food'], noteForReceiver: 'Call after 5pm', send } });

  const moveAs = (who: keyof ReferralWorld['people'], referral: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}) =>
    as(who)(MOVE_REFERRAL, { input: { id: referral.id, version: referral.version, to, ...extra } });

  /** A referral of a new consenting client, sent to the receiving agency. */
  const sentReferral = async (categories = ['REFERRALS', 'DEMOGRAPHICS', 'CONTACT_INFO']) => {
    const { clientId, enrollmentId } = await clientToRefer(t, world, maria);
    const consent = await consentTo(t, world, clientId, world.receiver.id, categories);
    return { referral: await ok(refer(clientId, enrollmentId)), clientId, enrollmentId, consent };
  };

  it('refuses to send to an agency on Waymark without a consent in force covering referrals, writing nothing', async () => {
    const { clientId, enrollmentId } = await clientToRefer(t, world, maria);
    const none = await refer(clientId, enrollmentId);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSENT_REQUIRED', details: 'NO_CONSENT' });
    expect(await referralState(t, clientId)).toEqual({ referrals: [], steps: 0 });
    expect(await referralTimeline(t, clientId)).toEqual([]);

    // A consent to the agency that does not cover referrals, or one to another agency, does not do.
    await consentTo(t, world, clientId, world.receiver.id, ['DEMOGRAPHICS']);
    await consentTo(t, world, clientId, world.third.id, ['REFERRALS']);
    const draft = await ok(refer(clientId, enrollmentId, false));
    expect(draft).toMatchObject({ status: 'DRAFT', onWaymark: true, receiverAgency: { id: world.receiver.id }, serviceName: service.name });
    const before = await referralState(t, clientId);
    const notCovered = await moveAs('caseManager', draft, 'SENT');
    expect(notCovered.errors?.[0].extensions).toMatchObject({ reason: 'CONSENT_REQUIRED', details: 'CATEGORY_NOT_COVERED' });
    expect(await referralState(t, clientId)).toEqual(before);
    // The receiver sees no draft.
    expect(codeOf(await as('inboxWorker')(REFERRAL, { id: draft.id }))).toBe('NOT_FOUND');

    const consent = await consentTo(t, world, clientId, world.receiver.id, ['REFERRALS']);
    const sent = await ok(moveAs('caseManager', draft, 'SENT'));
    expect(sent.status).toBe('SENT');
    expect((await referralState(t, clientId)).referrals[0].consent_id).toBe(consent.id);
  });

  it('closes the loop: the receiver accepts, books and completes in its inbox, and the sender sees each step at once', async () => {
    const { referral, clientId } = await sentReferral();
    expect(referral.nextStatuses).toEqual(['CANCELLED']);

    const inbox = await ok(as('inboxWorker')(REFERRALS, { filter: { box: 'RECEIVED' } }));
    expect(inbox.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(referral.id);
    const counts = await ok(as('intake')(REFERRAL_COUNTS, { box: 'RECEIVED' }));
    expect(counts.find((row: { status: string }) => row.status === 'SENT').count).toBeGreaterThanOrEqual(1);

    const seen = await ok(as('inboxWorker')(REFERRAL, { id: referral.id }));
    expect(seen).toMatchObject({
      side: 'RECEIVER',
      reason: 'Food insecurity',
      needs: ['food'],
      noteForReceiver: 'Call after 5pm',
      enrollmentId: null,
      senderAgency: { id: world.sender.id },
      nextStatuses: ['RECEIVED', 'ACCEPTED', 'DECLINED'],
      client: { id: clientId, clientNumber: null, displayName: 'María Delgado', dateOfBirth: '1980-05-17', primaryLanguage: 'es', phone: '555-0142', email: 'maria@example.com', sharedUnder: 'IN_FORCE' },
    });

    // The sender may not answer for an agency on Waymark; the receiver may not cancel for the sender.
    expect((await moveAs('caseManager', seen, 'ACCEPTED')).errors?.[0].extensions.reason).toBe('ILLEGAL_TRANSITION');
    expect((await moveAs('inboxWorker', seen, 'CANCELLED', { note: 'No' })).errors?.[0].extensions.reason).toBe('ILLEGAL_TRANSITION');

    let moved = await ok(moveAs('inboxWorker', seen, 'RECEIVED'));
    moved = await ok(moveAs('intake', moved, 'ACCEPTED', { note: 'We have room' }));
    moved = await ok(moveAs('inboxWorker', moved, 'SCHEDULED', { appointmentAt: '2030-05-02T15:00:00.000Z', appointmentLocation: 'Pantry door B' }));
    expect(moved).toMatchObject({ status: 'SCHEDULED', side: 'RECEIVER', nextStatuses: ['SCHEDULED', 'COMPLETED', 'NO_SHOW'] });

    const senderSees = await ok(as('caseManager')(REFERRAL, { id: referral.id }));
    expect(senderSees).toMatchObject({ status: 'SCHEDULED', version: moved.version, appointmentAt: '2030-05-02T15:00:00.000Z', appointmentLocation: 'Pantry door B', nextStatuses: ['CANCELLED'] });
    expect(senderSees.steps.slice(2)).toEqual([
      expect.objectContaining({ toStatus: 'RECEIVED', side: 'RECEIVER', actorName: expect.any(String), actorAgencyName: expect.stringContaining('Agency') }),
      expect.objectContaining({ toStatus: 'ACCEPTED', side: 'RECEIVER', note: 'We have room' }),
      expect.objectContaining({ toStatus: 'SCHEDULED', side: 'RECEIVER', appointmentAt: '2030-05-02T15:00:00.000Z' }),
    ]);

    const completed = await ok(moveAs('inboxWorker', moved, 'COMPLETED', { outcome: 'PARTLY_MET', outcomeNote: 'Came once' }));
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: 'PARTLY_MET', closedAt: expect.any(String) });
    expect(await ok(as('caseManager')(REFERRAL, { id: referral.id }))).toMatchObject({ status: 'COMPLETED', outcome: 'PARTLY_MET', outcomeNote: 'Came once' });

    // The sender's client timeline carries every step, the receiver's too, in the sender's agency.
    const timeline = await referralTimeline(t, clientId);
    expect(timeline.map((line: { summary: string }) => line.summary)).toEqual([
      'Referral drafted',
      'Referral sent',
      'Referral received by the provider',
      'Referral accepted by the provider',
      'Referral appointment booked for 2030-05-02',
      'Referral completed: need partly met',
    ]);
    expect(timeline.every((line: { agency_id: string }) => line.agency_id === world.sender.id)).toBe(true);
    expect(timeline[3].actor_id).toBe(world.people.intake.id);

    // Both trails record each of the receiver's changes and every view of the client's data.
    const senderTrail = await referralAudit(t, referral.id, world.sender.id);
    const receiverTrail = await referralAudit(t, referral.id, world.receiver.id);
    const updatesBy = (rows: { action: string; actor_id: string }[], actor: string) => rows.filter((row) => row.action === 'UPDATE' && row.actor_id === actor).length;
    expect(updatesBy(senderTrail, world.people.inboxWorker.id)).toBe(3);
    expect(updatesBy(senderTrail, world.people.intake.id)).toBe(1);
    expect(updatesBy(receiverTrail, world.people.inboxWorker.id)).toBe(3);
    expect(updatesBy(receiverTrail, world.people.intake.id)).toBe(1);
    const receiverChanges = receiverTrail.filter((row: { action: string }) => row.action === 'UPDATE').map((row: { changes: unknown }) => row.changes);
    expect(receiverChanges).toEqual(senderTrail.filter((row: { action: string; actor_id: string }) => row.action === 'UPDATE' && row.actor_id !== world.people.caseManager.id).map((row: { changes: unknown }) => row.changes));
    expect(receiverChanges[2]).toEqual({ status: { from: 'ACCEPTED', to: 'SCHEDULED' }, appointmentAt: { from: null, to: '2030-05-02T15:00:00.000Z' } });
    const readsBy = (rows: { action: string; actor_id: string; client_id: string }[]) =>
      rows.filter((row) => row.action === 'READ' && row.actor_id === world.people.inboxWorker.id && row.client_id === clientId).length;
    expect(readsBy(senderTrail)).toBeGreaterThanOrEqual(5);
    expect(readsBy(receiverTrail)).toBe(readsBy(senderTrail));
  });

  it('shows the receiver only the client data each consent covers, and nothing once it is revoked, keeping the history', async () => {
    const { referral, clientId, consent } = await sentReferral(['REFERRALS', 'DEMOGRAPHICS']);
    const accepted = await ok(moveAs('inboxWorker', referral, 'ACCEPTED', { note: 'Her sister drives her on Tuesdays' }));
    expect(accepted.client).toMatchObject({ displayName: 'María Delgado', dateOfBirth: '1980-05-17', phone: null, email: null, address: null, sharedUnder: 'IN_FORCE' });
    expect(accepted).toMatchObject({ urgency: 'ROUTINE', steps: expect.arrayContaining([expect.objectContaining({ toStatus: 'ACCEPTED', note: 'Her sister drives her on Tuesdays' })]) });

    await ok(as('supervisor')(REVOKE_CONSENT, { input: { consentId: consent.id, version: consent.version, reason: 'Client withdrew' } }));
    const after = await ok(as('inboxWorker')(REFERRAL, { id: referral.id }));
    expect(after).toMatchObject({
      status: 'ACCEPTED',
      urgency: null,
      reason: null,
      needs: [],
      noteForReceiver: null,
      client: { id: clientId, displayName: null, dateOfBirth: null, primaryLanguage: null, phone: null, email: null, address: null, sharedUnder: 'REVOKED' },
    });
    // The history stays, without the words of its steps.
    expect(after.steps.map((step: { toStatus: string; note: string | null }) => [step.toStatus, step.note])).toEqual([
      ['DRAFT', null],
      ['SENT', null],
      ['ACCEPTED', null],
    ]);
    const inbox = await ok(as('inboxWorker')(REFERRALS, { filter: { box: 'RECEIVED', statuses: ['ACCEPTED'] } }));
    expect(inbox.edges.find((edge: { node: { id: string } }) => edge.node.id === referral.id).node.client).toEqual({ displayName: null, sharedUnder: 'REVOKED' });
    // The sender still sees everything of its own client; a read without the client shared names no client in either trail.
    const senderSees = await ok(as('caseManager')(REFERRAL, { id: referral.id }));
    expect(senderSees).toMatchObject({ reason: 'Food insecurity', urgency: 'ROUTINE', client: { displayName: 'María Delgado' } });
    expect(senderSees.steps.at(-1)).toMatchObject({ toStatus: 'ACCEPTED', note: 'Her sister drives her on Tuesdays' });
    const lastReceiverRead = (await referralAudit(t, referral.id, world.receiver.id)).filter((row: { action: string }) => row.action === 'READ').at(-1);
    expect(lastReceiverRead.client_id).toBeNull();

    // A step the receiver takes while nothing is shared names no client in its own trail (nor shows it the place it typed); the sender's trail names its client.
    const scheduled = await ok(moveAs('inboxWorker', after, 'SCHEDULED', { appointmentAt: '2030-05-02T15:00:00.000Z', appointmentLocation: 'Front desk' }));
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', appointmentAt: '2030-05-02T15:00:00.000Z', appointmentLocation: null });
    const updatesBy = (rows: { action: string; actor_id: string; client_id: string | null }[]) =>
      rows.filter((row) => row.action === 'UPDATE' && row.actor_id === world.people.inboxWorker.id).map((row) => row.client_id);
    expect(updatesBy(await referralAudit(t, referral.id, world.receiver.id))).toEqual([clientId, null]);
    expect(updatesBy(await referralAudit(t, referral.id, world.sender.id))).toEqual([clientId, clientId]);
  });

  it('hides the client from the receiver the day the consent runs out, as at revocation', async () => {
    const { referral, consent } = await sentReferral();
    expect((await ok(as('inboxWorker')(REFERRAL, { id: referral.id }))).client).toMatchObject({ displayName: 'María Delgado', sharedUnder: 'IN_FORCE' });
    await t.db.query(`UPDATE consent SET effective_until = current_date - 1 WHERE id = $1`, [consent.id]);
    expect(await ok(as('inboxWorker')(REFERRAL, { id: referral.id }))).toMatchObject({ status: 'SENT', reason: null, client: { displayName: null, phone: null, sharedUnder: 'EXPIRED' } });
  });

  it('keeps every other agency out: a third agency finds nothing, the receiver reaches no other referral or client, its auditors no inbox', async () => {
    const { referral, clientId, enrollmentId } = await sentReferral();
    const offWaymark = await ok(
      as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, provider: { name: 'Dr. Haddad' }, reason: 'Dental', send: true } }),
    );
    const before = await referralState(t, clientId);

    for (const id of [referral.id, offWaymark.id]) {
      expect(codeOf(await as('outsider')(REFERRAL, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await moveAs('outsider', { id, version: 2 }, 'ACCEPTED'))).toBe('NOT_FOUND');
    }
    expect(await ok(as('outsider')(REFERRALS, { filter: { box: 'RECEIVED' } }))).toMatchObject({ edges: [] });
    expect(await ok(as('outsider')(REFERRALS, { filter: { box: 'SENT' } }))).toMatchObject({ edges: [] });

    expect(codeOf(await as('inboxWorker')(REFERRAL, { id: offWaymark.id }))).toBe('NOT_FOUND');
    expect(codeOf(await moveAs('inboxWorker', offWaymark, 'ACCEPTED'))).toBe('NOT_FOUND');
    expect(codeOf(await as('inboxWorker')(UPDATE_REFERRAL, { input: { id: referral.id, version: 2, serviceId: service.id, reason: 'Mine now' } }))).toBe('BAD_USER_INPUT');
    const notReferred = await clientToRefer(t, world, maria);
    for (const id of [clientId, notReferred.clientId]) expect(codeOf(await as('inboxWorker')(CLIENT, { id }))).toBe('NOT_FOUND');
    expect(await ok(as('inboxWorker')(REFERRALS, { filter: { box: 'RECEIVED', clientId: notReferred.clientId } }))).toMatchObject({ edges: [] });
    const ownClient = await clientToRefer(t, world);
    expect(codeOf(await as('inboxWorker')(CREATE_REFERRAL, { input: { ...ownClient, serviceId: service.id, reason: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('inboxWorker')(REFERRALS, { filter: { box: 'SENT', clientId } }))).toBe('NOT_FOUND');
    expect(codeOf(await moveAs('inboxWorker', { id: referral.id, version: referral.version + 5 }, 'ACCEPTED'))).toBe('CONFLICT');
    const received = await ok(as('inboxWorker')(REFERRALS, { filter: { box: 'RECEIVED' }, first: 100 }));
    expect(received.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(offWaymark.id);

    expect(codeOf(await as('inboxAuditor')(REFERRAL, { id: referral.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as('inboxAuditor')(REFERRALS, { filter: { box: 'RECEIVED' } }))).toBe('FORBIDDEN');
    expect(codeOf(await moveAs('inboxAuditor', referral, 'ACCEPTED'))).toBe('FORBIDDEN');
    expect(await referralState(t, clientId)).toEqual(before);
  });

  it('answers an inbox page with the same SQL whatever its length: consents, clients and histories batched', async () => {
    for (let i = 0; i < 4; i++) await sentReferral();
    const statementsFor = async (first: number) => {
      const spy = jest.spyOn(t.db.logger, 'logQuery');
      try {
        const page = await ok(as('inboxWorker')(INBOX_PAGE, { first }));
        expect(page.edges).toHaveLength(first);
        expect(page.edges[0].node).toMatchObject({ sentBy: { displayName: expect.any(String) }, steps: [{ actorName: expect.any(String) }, { actorName: expect.any(String) }] });
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await statementsFor(4)).toBe(await statementsFor(1));
  });

  it('lets the receiver decline with a reason, which ends the referral for both', async () => {
    const { referral } = await sentReferral();
    const noReason = await moveAs('inboxWorker', referral, 'DECLINED');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'declineReason', message: 'required' }] });
    const declined = await ok(moveAs('inboxWorker', referral, 'DECLINED', { declineReason: 'NOT_ELIGIBLE', note: 'Outside our area' }));
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'NOT_ELIGIBLE', nextStatuses: [] });
    expect(await ok(as('caseManager')(REFERRAL, { id: referral.id }))).toMatchObject({ status: 'DECLINED', declineReason: 'NOT_ELIGIBLE', nextStatuses: [] });
  });
});
