import { ok } from './support/client-fixtures';
import { clientToRefer, CREATE_REFERRAL, MOVE_REFERRAL, referralAudit, referralWorld, type ReferralWorld } from './support/referral-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const PROFILE_REFERRALS = `query ($clientId: ID!, $first: Int!) {
  referrals(filter: { box: SENT, clientId: $clientId, statuses: [SENT, RECEIVED, ACCEPTED, SCHEDULED] }, first: $first) {
    edges { node { id status urgency sentAt serviceName organizationName provider { name } } }
  }
}`;

const MOVE_WITH_CLIENT = `mutation ($input: MoveReferralInput!) { moveReferral(input: $input) { id version status client { id displayName clientNumber } } }`;

describe('referrals: what a move and a client profile cost', () => {
  let t: TestApp;
  let world: ReferralWorld;
  const provider = { name: 'Eastside Food Pantry', phone: '555-0100' };

  /** The operation's data and the SQL statements its request sent. */
  const counted = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.post({ query, variables }, { token: world.people.caseManager.token });
    expect(res.body.errors).toBeUndefined();
    return { data: res.body.data, statements: Number(res.headers['x-sql-statements']) };
  };

  /** A referral of the client, sent to a provider off Waymark. */
  const sent = async (clientId: string, enrollmentId: string) => {
    const draft = await ok(world.as('caseManager')(CREATE_REFERRAL, { input: { clientId, enrollmentId, provider, reason: 'Food for the week', needs: ['food'] } }));
    return ok(world.as('caseManager')(MOVE_REFERRAL, { input: { id: draft.id, version: draft.version, to: 'SENT' } }));
  };

  beforeAll(async () => {
    t = await startTestApp({ REPORT_SQL_STATEMENTS: 'true' });
    world = await referralWorld(t);
  });
  afterAll(() => t.close());

  it("records the provider's answer with its step, timeline line and audit row in the move's one transaction, and reads nothing back", async () => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    const referral = await sent(clientId, enrollmentId);

    const { data } = await counted(MOVE_WITH_CLIENT, { input: { id: referral.id, version: referral.version, to: 'RECEIVED' } });
    expect(data.moveReferral).toMatchObject({ id: referral.id, version: referral.version + 1, status: 'RECEIVED', client: { id: clientId, displayName: expect.any(String) } });

    // Rows written by one transaction carry its id (xmin).
    const [[moved], [step], [line], audit] = await Promise.all([
      t.db.query(`SELECT xmin::text AS tx, version, status FROM referral WHERE id = $1`, [referral.id]),
      t.db.query(`SELECT xmin::text AS tx FROM referral_step WHERE referral_id = $1 AND to_status = 'RECEIVED'`, [referral.id]),
      t.db.query(`SELECT xmin::text AS tx FROM client_timeline_entry WHERE source_id = $1 AND summary = 'Referral received by the provider'`, [referral.id]),
      t.db.query(`SELECT xmin::text AS tx, action, changes FROM audit_event WHERE entity_type = 'Referral' AND entity_id = $1 AND changes->'status'->>'to' = 'RECEIVED'`, [referral.id]),
    ]);
    expect(moved).toMatchObject({ version: referral.version + 1, status: 'RECEIVED' });
    expect(audit).toEqual([expect.objectContaining({ action: 'UPDATE', changes: { status: { from: 'SENT', to: 'RECEIVED' } } })]);
    expect(new Set([moved.tx, step.tx, line.tx, audit[0].tx])).toEqual(new Set([moved.tx]));
    // The write's own audit row stands for its answer: no read is recorded after it.
    expect((await referralAudit(t, referral.id, world.sender.id)).map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it("reads a client's open referrals for the profile in as many statements for a page of 1 as of 20", async () => {
    const { clientId, enrollmentId } = await clientToRefer(t, world);
    const referrals = [await sent(clientId, enrollmentId), await sent(clientId, enrollmentId), await sent(clientId, enrollmentId)];

    const one = await counted(PROFILE_REFERRALS, { clientId, first: 1 });
    const all = await counted(PROFILE_REFERRALS, { clientId, first: 20 });
    expect(one.data.referrals.edges).toHaveLength(1);
    expect(all.data.referrals.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual(referrals.map((referral) => referral.id).sort());
    expect(all.data.referrals.edges[0].node).toMatchObject({ status: 'SENT', provider: { name: provider.name } });
    expect(one.statements).toBe(all.statements);
  });
});
