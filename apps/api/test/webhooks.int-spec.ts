import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookDispatcher, WebhookRetention } from '@waymark/api/integration';
import { WorklistSweep } from '@waymark/api/care-plan';
import { verifyWebhookSignature, WEBHOOK_AUTO_PAUSE_FAILURES, WEBHOOK_RETRY_MINUTES } from '@waymark/shared/types';
import { CREATE_TASK } from './support/care-plan-worklist-fixtures';
import { auditRowsOf, daysFromToday, newClient, newProgram, ok, onCaseload, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { CHANGE_ENROLLMENT_STATUS, ENROLL } from './support/client-operations';
import { codeOf } from './support/factories';
import { CREATE_REFERRAL, MOVE_REFERRAL } from './support/referral-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const SUBSCRIPTION_FIELDS = 'id url description events active pausedReason version';
const CREATE = `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { ${SUBSCRIPTION_FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { ${SUBSCRIPTION_FIELDS} } }`;
const PAUSE = `mutation ($input: WebhookSubscriptionVersionInput!) { pauseWebhookSubscription(input: $input) { ${SUBSCRIPTION_FIELDS} } }`;
const RESUME = `mutation ($input: WebhookSubscriptionVersionInput!) { resumeWebhookSubscription(input: $input) { ${SUBSCRIPTION_FIELDS} } }`;
const ROTATE = `mutation ($input: WebhookSubscriptionVersionInput!) { rotateWebhookSecret(input: $input) { secret subscription { ${SUBSCRIPTION_FIELDS} } } }`;
const DELETE = `mutation ($input: WebhookSubscriptionVersionInput!) { deleteWebhookSubscription(input: $input) }`;
const SUBSCRIPTIONS = `{ webhookSubscriptions { totalCount edges { node { ${SUBSCRIPTION_FIELDS} } } } }`;
const DELIVERY_FIELDS = 'id subscriptionId eventId eventType status attemptCount nextAttemptAt deliveredAt lastStatusCode replayOf body attempts { statusCode durationMs error responseExcerpt }';
const DELIVERIES = `query ($filter: WebhookDeliveryFilter, $first: Int, $after: String) {
  webhookDeliveries(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { ${DELIVERY_FIELDS} } } } }`;
const REPLAY = `mutation ($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { ${DELIVERY_FIELDS} } }`;

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A receiver on this machine that records what it gets and answers with the statuses queued
 * (`otherwise`, 200 unless set, once they run out), after `hold` settles if one is set.
 */
async function receiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const state: { otherwise: number; hold: Promise<unknown> | null } = { otherwise: 200, hold: null };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      received.push({ headers: req.headers, body });
      await state.hold;
      const status = answers.shift() ?? state.otherwise;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'thanks' : `oops ${'x'.repeat(1000)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, answers, state, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('webhooks', () => {
  let t: TestApp;
  let world: StaffedAgency<'caseManager' | 'supervisor'>;
  let hook: Awaited<ReturnType<typeof receiver>>;
  let otherHook: Awaited<ReturnType<typeof receiver>>;
  /** Receivers a test opens for itself, closed at the end even when the test fails. */
  const extra: Awaited<ReturnType<typeof receiver>>[] = [];
  const deliver = () => t.app.get(WebhookDispatcher).deliverDue();

  beforeAll(async () => {
    t = await startTestApp();
    world = await staffedAgency(t, { caseManager: 'CASE_MANAGER', supervisor: 'SUPERVISOR' });
    hook = await receiver();
    otherHook = await receiver();
  });
  afterAll(async () => {
    // The suite's subscriptions go with their deliveries, so no later run tries their closed receivers.
    await t.db.query(`DELETE FROM webhook_subscription WHERE agency_id = ANY($1)`, [[world.agency.id, world.otherAgency.id]]);
    await hook.close();
    await otherHook.close();
    for (const server of extra) await server.close();
    await t.close();
  });

  const subscribe = (events: string[], url = hook.url, who: 'admin' | 'stranger' = 'admin') =>
    ok<{ secret: string; subscription: { id: string; version: number } }>(world.as(who)(CREATE, { input: { url, events, description: 'County EHR' } }));
  const deliveries = async (variables: Record<string, unknown>) =>
    (await ok(world.as('admin')(DELIVERIES, { first: 50, ...variables }))).edges.map((edge: { node: Record<string, any> }) => edge.node);

  it('delivers a referral status change, an enrollment closing and an overdue task, signed and thin', async () => {
    const { secret, subscription } = await subscribe(['REFERRAL_STATUS_CHANGED', 'CLIENT_DISCHARGED', 'TASK_OVERDUE', 'ENROLLMENT_OPENED']);
    expect(secret).toMatch(/^whsec_/);
    // Another agency subscribed to everything hears nothing of this one.
    await subscribe(['REFERRAL_STATUS_CHANGED', 'CLIENT_DISCHARGED', 'TASK_OVERDUE', 'ENROLLMENT_OPENED'], otherHook.url, 'stranger');

    const clientId = await newClient(t, world.people.admin.token, { status: 'ACTIVE', legalFirstName: 'Marisol', legalLastName: 'Quintero' });
    const enrollmentId = await onCaseload(t, world.people.admin.token, clientId, world.people.caseManager.id);
    const referral = await ok(
      world.as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, provider: { name: 'Dental clinic' }, reason: 'Tooth pain for weeks', needs: ['health'] } }),
    );
    await ok(world.as('caseManager')(MOVE_REFERRAL, { input: { id: referral.id, version: referral.version, to: 'CANCELLED', note: 'Client found a clinic nearer home' } }));
    await ok(world.as('caseManager')(CREATE_TASK, { input: { title: 'Call Marisol about rent', dueOn: daysFromToday(-2), clientId } }));
    await ok(world.as('caseManager')(CREATE_TASK, { input: { title: 'Send the rent letter', dueOn: daysFromToday(-1), clientId } }));
    await t.app.get(WorklistSweep).escalateFor(world.agency.id);
    const { version } = (await t.db.query(`SELECT version FROM enrollment WHERE id = $1`, [enrollmentId]))[0];
    await ok(world.as('caseManager')(CHANGE_ENROLLMENT_STATUS, { input: { enrollmentId, version, status: 'CLOSED', reason: 'Goals met', date: daysFromToday(0) } }));

    // At least these five (a database earlier runs filled may hold more, due elsewhere).
    expect(await deliver()).toBeGreaterThanOrEqual(6);
    const bodies = hook.received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type).sort()).toEqual(['client.discharged', 'enrollment.opened', 'referral.status_changed', 'referral.status_changed', 'task.overdue', 'task.overdue']);
    // A batch is sent side by side, so the receiver may hear the two moves in either order.
    const moves = bodies.filter((b) => b.type === 'referral.status_changed');
    expect(moves).toHaveLength(2);
    expect(moves).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agencyId: world.agency.id, data: { referralId: referral.id, clientId, enrollmentId, fromStatus: null, status: 'DRAFT' } }),
        expect.objectContaining({ agencyId: world.agency.id, data: { referralId: referral.id, clientId, enrollmentId, fromStatus: 'DRAFT', status: 'CANCELLED' } }),
      ]),
    );
    expect(bodies.find((b) => b.type === 'client.discharged')).toMatchObject({ data: { enrollmentId, clientId, status: 'CLOSED', closedOn: daysFromToday(0) } });
    // One event per overdue task, each with its own id.
    const overdue = bodies.filter((b) => b.type === 'task.overdue');
    expect(overdue.map((b) => b.data.dueOn).sort()).toEqual([daysFromToday(-2), daysFromToday(-1)]);
    expect(overdue.every((b) => b.data.clientId === clientId)).toBe(true);
    expect(new Set(overdue.map((b) => b.id)).size).toBe(2);
    for (const { headers, body } of hook.received) {
      // Thin: no names, no notes, no titles.
      expect(body).not.toMatch(/Marisol|Quintero|Tooth|Dental|rent|letter|nearer/);
      expect(headers['waymark-event-id']).toBe(JSON.parse(body).id);
      expect(headers['waymark-event-type']).toBe(JSON.parse(body).type);
      const signature = headers['waymark-signature'] as string;
      expect(await verifyWebhookSignature(secret, body, signature)).toBe(true);
      expect(await verifyWebhookSignature('whsec_wrong', body, signature)).toBe(false);
      expect(await verifyWebhookSignature(secret, body.replace('"', ' "'), signature)).toBe(false);
      expect(await verifyWebhookSignature(secret, body, signature, new Date(Date.now() + 6 * 60_000))).toBe(false);
    }
    expect(otherHook.received).toEqual([]);
    const log = await deliveries({ filter: { subscriptionId: subscription.id } });
    expect(log).toHaveLength(6);
    expect(log.every((d: { status: string; attemptCount: number }) => d.status === 'DELIVERED' && d.attemptCount === 1)).toBe(true);
    expect(await deliveries({ filter: { eventType: 'TASK_OVERDUE' } })).toHaveLength(2);
    // Nothing of this agency reaches the other's log.
    const theirs = await ok(world.as('stranger')(DELIVERIES, {}));
    expect(theirs.edges).toEqual([]);
    await ok(world.as('admin')(PAUSE, { input: { subscriptionId: subscription.id, version: subscription.version } }));
  });

  it('retries a failed delivery on the backoff schedule, then delivers it; a replay sends the same event again', async () => {
    const { secret, subscription } = await subscribe(['ENROLLMENT_OPENED']);
    hook.received.length = 0;
    hook.answers.push(500);
    const clientId = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
    await onCaseload(t, world.people.admin.token, clientId, world.people.caseManager.id);

    const before = Date.now();
    await deliver();
    const [failed] = await deliveries({ filter: { subscriptionId: subscription.id } });
    expect(failed).toMatchObject({ status: 'PENDING', attemptCount: 1, lastStatusCode: 500, attempts: [{ statusCode: 500, error: 'HTTP 500' }] });
    expect(failed.attempts[0].responseExcerpt.length).toBeLessThanOrEqual(200);
    const wait = new Date(failed.nextAttemptAt).getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(WEBHOOK_RETRY_MINUTES[0] * 60_000 - 1000);
    expect(wait).toBeLessThan(WEBHOOK_RETRY_MINUTES[0] * 60_000 + 30_000);
    // Not due yet: nothing is sent.
    await deliver();
    expect(hook.received).toHaveLength(1);

    await t.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [failed.id]);
    await deliver();
    const [delivered] = await deliveries({ filter: { subscriptionId: subscription.id } });
    expect(delivered).toMatchObject({ id: failed.id, status: 'DELIVERED', attemptCount: 2, nextAttemptAt: null, lastStatusCode: 200 });
    expect(delivered.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 200]);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[0].body).toBe(hook.received[1].body);

    const replay = await ok(world.as('admin')(REPLAY, { input: { deliveryId: delivered.id } }));
    expect(replay).toMatchObject({ status: 'PENDING', eventId: delivered.eventId, replayOf: delivered.id, body: delivered.body });
    await deliver();
    expect(hook.received).toHaveLength(3);
    expect(hook.received[2].headers['waymark-event-id']).toBe(delivered.eventId);
    expect(hook.received[2].body).toBe(delivered.body);
    expect(await verifyWebhookSignature(secret, hook.received[2].body, hook.received[2].headers['waymark-signature'] as string)).toBe(true);
    expect((await auditRowsOf(t, replay.id)).map((row: { action: string }) => row.action)).toEqual(['CREATE']);
    await ok(world.as('admin')(DELETE, { input: { subscriptionId: subscription.id, version: subscription.version } }));
  });

  it('gives up after the last retry', async () => {
    const { subscription } = await subscribe(['ENROLLMENT_OPENED']);
    hook.answers.push(...Array(10).fill(503));
    const clientId = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
    await onCaseload(t, world.people.admin.token, clientId, world.people.caseManager.id);
    for (let i = 0; i <= WEBHOOK_RETRY_MINUTES.length; i++) {
      await t.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() - interval '1 second' WHERE subscription_id = $1 AND status = 'PENDING'`, [subscription.id]);
      await deliver();
    }
    const [failed] = await deliveries({ filter: { subscriptionId: subscription.id } });
    expect(failed).toMatchObject({ status: 'FAILED', attemptCount: WEBHOOK_RETRY_MINUTES.length + 1, nextAttemptAt: null });
    expect(await deliveries({ filter: { status: 'FAILED', subscriptionId: subscription.id } })).toHaveLength(1);
    hook.answers.length = 0;
    await ok(world.as('admin')(DELETE, { input: { subscriptionId: subscription.id, version: subscription.version } }));
  });

  it('pauses only after deliveries in a row end FAILED, holds new events while paused, and sends them once resumed', async () => {
    const down = await receiver();
    extra.push(down);
    down.state.otherwise = 503;
    const { subscription } = await subscribe(['TASK_OVERDUE'], down.url);
    const overdue = async (count: number) => {
      const clientId = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
      await onCaseload(t, world.people.admin.token, clientId, world.people.caseManager.id);
      for (let i = 0; i < count; i++) await ok(world.as('caseManager')(CREATE_TASK, { input: { title: `Overdue ${i}`, dueOn: daysFromToday(-1), clientId } }));
      await t.app.get(WorklistSweep).escalateFor(world.agency.id);
    };
    const state = async () => (await t.db.query(`SELECT active, paused_reason, failures_in_row FROM webhook_subscription WHERE id = $1`, [subscription.id]))[0];
    const statuses = async () =>
      (await t.db.query(`SELECT status, count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 GROUP BY status`, [subscription.id])).reduce(
        (all: Record<string, number>, row: { status: string; n: number }) => ({ ...all, [row.status]: row.n }),
        {},
      );
    const dueNow = () => t.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() - interval '1 second' WHERE subscription_id = $1 AND status = 'PENDING'`, [subscription.id]);

    // A burst of 20 events meets a receiver that is down: every first attempt fails, and the subscription stays active.
    await overdue(20);
    await deliver();
    expect(down.received).toHaveLength(20);
    expect(await state()).toMatchObject({ active: true, paused_reason: null, failures_in_row: 0 });

    // Once deliveries spend their retries and end FAILED, the third in a row pauses it.
    for (let round = 1; round < WEBHOOK_RETRY_MINUTES.length + 1; round++) {
      await dueNow();
      await deliver();
    }
    expect(await state()).toMatchObject({ active: false, paused_reason: 'FAILING' });
    const { FAILED: failed, PENDING: held } = await statuses();
    expect(failed).toBeGreaterThanOrEqual(WEBHOOK_AUTO_PAUSE_FAILURES);
    expect(failed + held).toBe(20);
    const trail = await auditRowsOf(t, subscription.id);
    expect(trail.filter((row: { changes: { pausedReason?: unknown } }) => row.changes?.pausedReason)).toEqual([
      expect.objectContaining({ action: 'UPDATE', actor_id: null, changes: { active: { from: true, to: false }, pausedReason: { to: 'FAILING' } } }),
    ]);

    // Paused, new events are still recorded for it, held: nothing is sent.
    const sent = down.received.length;
    await overdue(1);
    await dueNow();
    await deliver();
    expect(down.received).toHaveLength(sent);
    expect((await statuses()).PENDING).toBe(held + 1);

    // The receiver fixed and the subscription resumed, what was held goes out.
    down.state.otherwise = 200;
    const paused = (await ok(world.as('admin')(SUBSCRIPTIONS))).edges.map((edge: { node: { id: string } }) => edge.node).find((node: { id: string }) => node.id === subscription.id);
    expect(paused).toMatchObject({ active: false, pausedReason: 'FAILING' });
    const resumed = await ok(world.as('admin')(RESUME, { input: { subscriptionId: subscription.id, version: paused.version } }));
    expect(resumed).toMatchObject({ active: true, pausedReason: null });
    await deliver();
    expect(await statuses()).toEqual({ FAILED: failed, DELIVERED: held + 1 });
    expect(await state()).toMatchObject({ active: true, failures_in_row: 0 });
    await ok(world.as('admin')(DELETE, { input: { subscriptionId: subscription.id, version: resumed.version } }));
  });

  it('writes an outcome only under the lease it was claimed with: a late sender cannot overwrite a newer claim', async () => {
    const slow = await receiver();
    extra.push(slow);
    let release: () => void = () => undefined;
    slow.state.hold = new Promise<void>((resolve) => (release = resolve));
    slow.state.otherwise = 500;
    const { subscription } = await subscribe(['ENROLLMENT_OPENED'], slow.url);
    await onCaseload(t, world.people.admin.token, await newClient(t, world.people.admin.token, { status: 'ACTIVE' }), world.people.caseManager.id);
    const sending = deliver();
    while (!slow.received.length) await new Promise((resolve) => setTimeout(resolve, 20));
    // Meanwhile the lease ran out and another instance claimed the delivery again.
    const [{ id }] = await t.db.query(`SELECT id FROM webhook_delivery WHERE subscription_id = $1`, [subscription.id]);
    await t.db.query(`UPDATE webhook_delivery SET lease_until = now() + interval '10 minutes' WHERE id = $1`, [id]);
    release();
    await sending;
    const [row] = await t.db.query(`SELECT status, attempt_count, lease_until > now() AS still_leased FROM webhook_delivery WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'PENDING', attempt_count: 0, still_leased: true });
    expect(await t.db.query(`SELECT 1 FROM webhook_attempt WHERE delivery_id = $1`, [id])).toEqual([]);
    await t.db.query(`DELETE FROM webhook_subscription WHERE id = $1`, [subscription.id]);
  });

  it('records a delivery it cannot sign as a failed attempt that backs off and ends FAILED', async () => {
    const { subscription } = await subscribe(['ENROLLMENT_OPENED']);
    // As after WEBHOOK_SECRET_KEY changed without the old key kept as WEBHOOK_SECRET_KEY_PREVIOUS.
    await t.db.query(`UPDATE webhook_subscription SET secret_sealed = 'deadbeef:AAAA' WHERE id = $1`, [subscription.id]);
    const sent = hook.received.length;
    await onCaseload(t, world.people.admin.token, await newClient(t, world.people.admin.token, { status: 'ACTIVE' }), world.people.caseManager.id);
    await deliver();
    const [first] = await deliveries({ filter: { subscriptionId: subscription.id } });
    expect(first).toMatchObject({ status: 'PENDING', attemptCount: 1, lastStatusCode: null, attempts: [{ statusCode: null, error: expect.stringMatching(/^could not sign/) }] });
    for (let i = 1; i <= WEBHOOK_RETRY_MINUTES.length; i++) {
      await t.db.query(`UPDATE webhook_delivery SET next_attempt_at = now() - interval '1 second' WHERE subscription_id = $1 AND status = 'PENDING'`, [subscription.id]);
      await deliver();
    }
    const [last] = await deliveries({ filter: { subscriptionId: subscription.id } });
    expect(last).toMatchObject({ status: 'FAILED', attemptCount: WEBHOOK_RETRY_MINUTES.length + 1 });
    expect(hook.received).toHaveLength(sent);
    await t.db.query(`DELETE FROM webhook_subscription WHERE id = $1`, [subscription.id]);
  });

  it('leaves no event and no delivery when the change that raised them rolls back', async () => {
    const { subscription } = await subscribe(['ENROLLMENT_OPENED']);
    const clientId = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
    const programId = await newProgram(t, world.people.admin.token);
    const count = async () =>
      (await t.db.query(`SELECT (SELECT count(*) FROM webhook_event WHERE agency_id = $1)::int AS events, (SELECT count(*) FROM webhook_delivery WHERE agency_id = $1)::int AS deliveries`, [world.agency.id]))[0];
    const before = await count();
    // Fails the enrollment at commit, after the outbox wrote its rows in the same transaction.
    await t.db.query(`CREATE OR REPLACE FUNCTION webhook_spec_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'rolled back by the spec'; END $$`);
    await t.db.query(
      `CREATE CONSTRAINT TRIGGER webhook_spec_fail AFTER INSERT ON enrollment DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.client_id = '${clientId}') EXECUTE FUNCTION webhook_spec_fail()`,
    );
    try {
      const input = { clientId, programId, openedOn: daysFromToday(0), primaryCaseManagerId: world.people.caseManager.id, reason: 'Referral' };
      expect(codeOf(await world.as('admin')(ENROLL, { input }))).toBe('INTERNAL');
    } finally {
      await t.db.query(`DROP TRIGGER IF EXISTS webhook_spec_fail ON enrollment`);
      await t.db.query(`DROP FUNCTION IF EXISTS webhook_spec_fail()`);
    }
    expect(await t.db.query(`SELECT 1 FROM enrollment WHERE client_id = $1`, [clientId])).toEqual([]);
    expect(await count()).toEqual(before);
    await t.db.query(`DELETE FROM webhook_subscription WHERE id = $1`, [subscription.id]);
  });

  it('never fails a change for a subscription deleted while the change writes its deliveries', async () => {
    const { subscription } = await subscribe(['ENROLLMENT_OPENED']);
    const clientId = await newClient(t, world.people.admin.token, { status: 'ACTIVE' });
    const programId = await newProgram(t, world.people.admin.token);
    const deleting = t.db.createQueryRunner();
    await deleting.connect();
    try {
      await deleting.startTransaction();
      await deleting.query(`DELETE FROM webhook_subscription WHERE id = $1`, [subscription.id]);
      // The change runs while the delete is still open, then the delete commits.
      const input = { clientId, programId, openedOn: daysFromToday(0), primaryCaseManagerId: world.people.caseManager.id, reason: 'Referral' };
      const change = world.as('admin')(ENROLL, { input });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await deleting.commitTransaction();
      const enrollment = await ok(change);
      expect(enrollment).toMatchObject({ clientId, status: expect.any(String) });
    } finally {
      await deleting.release();
    }
    expect(await t.db.query(`SELECT 1 FROM webhook_delivery WHERE subscription_id = $1`, [subscription.id])).toEqual([]);
  });

  it('audits a read of the delivery log once per client it shows, and purges the log past retention', async () => {
    const { subscription } = await subscribe(['ENROLLMENT_OPENED']);
    const clients = [await newClient(t, world.people.admin.token, { status: 'ACTIVE' }), await newClient(t, world.people.admin.token, { status: 'ACTIVE' })];
    for (const clientId of clients) await onCaseload(t, world.people.admin.token, clientId, world.people.caseManager.id);
    await onCaseload(t, world.people.admin.token, clients[0], world.people.caseManager.id);
    await deliver();
    const [{ max }] = await t.db.query(`SELECT max(id) FROM audit_event`);
    expect(await deliveries({ filter: { subscriptionId: subscription.id } })).toHaveLength(3);
    const reads = await t.db.query(
      `SELECT client_id, changes FROM audit_event WHERE id > $1 AND entity_type = 'WebhookDelivery' AND action = 'READ' ORDER BY client_id`,
      [max],
    );
    expect(reads).toEqual(
      [
        { client_id: clients[0], changes: { count: { to: 2 } } },
        { client_id: clients[1], changes: { count: { to: 1 } } },
      ].sort((a, b) => a.client_id.localeCompare(b.client_id)),
    );

    // Past retention (90 days) the deliveries, their attempts and then their events go; newer ones stay.
    const [old, ...recent] = (await t.db.query(`SELECT id, event_id FROM webhook_delivery WHERE subscription_id = $1 ORDER BY created_at`, [subscription.id])) as { id: string; event_id: string }[];
    // Every delivery of that event (a paused subscription of an earlier test holds one too).
    await t.db.query(`UPDATE webhook_delivery SET created_at = now() - interval '91 days' WHERE event_id = $1`, [old.event_id]);
    await t.db.query(`UPDATE webhook_event SET occurred_at = now() - interval '91 days' WHERE id = $1`, [old.event_id]);
    const purged = await t.app.get(WebhookRetention).purge();
    expect(purged.deliveries).toBeGreaterThanOrEqual(1);
    expect(await t.db.query(`SELECT 1 FROM webhook_delivery WHERE id = $1 UNION ALL SELECT 1 FROM webhook_event WHERE id = $2 UNION ALL SELECT 1 FROM webhook_attempt WHERE delivery_id = $1`, [old.id, old.event_id])).toEqual([]);
    expect(await t.db.query(`SELECT id FROM webhook_delivery WHERE id = ANY($1)`, [recent.map((d) => d.id)])).toHaveLength(2);
    await t.db.query(`DELETE FROM webhook_subscription WHERE id = $1`, [subscription.id]);
  });

  it('manages subscriptions: the secret shown once, versions checked, every step audited', async () => {
    const { subscription } = await subscribe(['TASK_OVERDUE']);
    const listed = await ok(world.as('admin')(SUBSCRIPTIONS));
    expect(JSON.stringify(listed)).not.toContain('whsec_');
    const updated = await ok(world.as('admin')(UPDATE, { input: { subscriptionId: subscription.id, version: subscription.version, events: ['TASK_OVERDUE', 'CARE_PLAN_APPROVED'] } }));
    expect(updated).toMatchObject({ events: ['TASK_OVERDUE', 'CARE_PLAN_APPROVED'], version: subscription.version + 1 });
    const stale = await world.as('admin')(PAUSE, { input: { subscriptionId: subscription.id, version: subscription.version } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const paused = await ok(world.as('admin')(PAUSE, { input: { subscriptionId: subscription.id, version: updated.version } }));
    expect(paused).toMatchObject({ active: false, pausedReason: 'BY_ADMIN' });
    const resumed = await ok(world.as('admin')(RESUME, { input: { subscriptionId: subscription.id, version: paused.version } }));
    const rotated = await ok(world.as('admin')(ROTATE, { input: { subscriptionId: subscription.id, version: resumed.version } }));
    expect(rotated.secret).toMatch(/^whsec_/);
    const sealed = (await t.db.query(`SELECT secret_sealed FROM webhook_subscription WHERE id = $1`, [subscription.id]))[0].secret_sealed;
    expect(sealed).not.toContain(rotated.secret);
    expect(await ok(world.as('admin')(DELETE, { input: { subscriptionId: subscription.id, version: rotated.subscription.version } }))).toBe(subscription.id);
    const audit = await auditRowsOf(t, subscription.id);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE', 'DELETE']);
    expect(JSON.stringify(audit)).not.toContain(rotated.secret);
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    const count = async () => Number((await t.db.query(`SELECT count(*) FROM webhook_subscription WHERE agency_id = $1`, [world.agency.id]))[0].count);
    const before = await count();
    const refused = async (input: Record<string, unknown>) => codeOf(await world.as('admin')(CREATE, { input: { url: hook.url, events: ['TASK_OVERDUE'], ...input } }));
    expect(await refused({ url: 'ftp://example.org/hooks' })).toBe('BAD_USER_INPUT');
    expect(await refused({ url: 'http://example.org/hooks' })).toBe('BAD_USER_INPUT');
    expect(await refused({ url: 'https://user:pw@example.org/hooks' })).toBe('BAD_USER_INPUT');
    expect(await refused({ url: `https://example.org/${'a'.repeat(2001)}` })).toBe('BAD_USER_INPUT');
    expect(await refused({ description: 'd'.repeat(501) })).toBe('BAD_USER_INPUT');
    expect(await refused({ events: [] })).toBe('BAD_USER_INPUT');
    expect(await refused({ events: ['PATIENT_EXPORTED'] })).toBeDefined();
    expect(await refused({ url: 42 })).toBeDefined();
    expect(await count()).toBe(before);
    const unknown = await world.as('admin')(REPLAY, { input: { deliveryId: '00000000-0000-4000-8000-000000000000' } });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it("refuses non-admins and another agency's admin", async () => {
    const { subscription } = await subscribe(['TASK_OVERDUE', 'ENROLLMENT_OPENED']);
    for (const who of ['caseManager', 'supervisor'] as const) {
      expect(codeOf(await world.as(who)(SUBSCRIPTIONS))).toBe('FORBIDDEN');
      expect(codeOf(await world.as(who)(CREATE, { input: { url: hook.url, events: ['TASK_OVERDUE'] } }))).toBe('FORBIDDEN');
      expect(codeOf(await world.as(who)(DELIVERIES, {}))).toBe('FORBIDDEN');
    }
    const foreign = await world.as('stranger')(PAUSE, { input: { subscriptionId: subscription.id, version: subscription.version } });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    // Nor read its delivery log, nor replay its deliveries: NOT_FOUND, and nothing is written.
    await onCaseload(t, world.people.admin.token, await newClient(t, world.people.admin.token, { status: 'ACTIVE' }), world.people.caseManager.id);
    expect(codeOf(await world.as('stranger')(DELIVERIES, { filter: { subscriptionId: subscription.id } }))).toBe('NOT_FOUND');
    const [delivery] = await t.db.query(`SELECT id FROM webhook_delivery WHERE subscription_id = $1`, [subscription.id]);
    const count = async () => Number((await t.db.query(`SELECT count(*) FROM webhook_delivery WHERE agency_id = ANY($1)`, [[world.agency.id, world.otherAgency.id]]))[0].count);
    const before = await count();
    expect(codeOf(await world.as('stranger')(REPLAY, { input: { deliveryId: delivery.id } }))).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });
});
