import { staffedAgency } from './support/client-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE_SHIFT = `mutation ($input: CreateOnCallShiftInput!) { createOnCallShift(input: $input) { id } }`;

/** Runs only on PostgreSQL: two supervisors' requests must really run at once, on two connections. */
describe('on-call shifts saved at the same moment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leaves one of two overlapping shifts of a tier, the other refused naming it, however the race falls', async () => {
    const { agency, people, as } = await staffedAgency(t, { first: 'SUPERVISOR', second: 'SUPERVISOR', worker: 'CASE_MANAGER' });
    for (let round = 0; round < 6; round++) {
      const day = (hours: number) => new Date(Date.now() + (round * 48 + 240 + hours) * 3600_000).toISOString();
      const input = (staffId: string, startsAt: string, endsAt: string) => ({ input: { staffId, tier: 'PRIMARY', startsAt, endsAt } });
      const [a, b] = await Promise.all([
        as('first')(CREATE_SHIFT, input(people.worker.id, day(0), day(12))),
        as('second')(CREATE_SHIFT, input(people.first.id, day(6), day(18))),
      ]);
      const saved = [a, b].filter((res) => res.data?.createOnCallShift);
      const refused = [a, b].filter((res) => res.errors);
      expect([saved.length, refused.length]).toEqual([1, 1]);
      expect(refused[0].errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OVERLAP', overlappingId: saved[0].data?.createOnCallShift.id });
    }
    const [{ count, overlapping }] = await t.db.query(
      `SELECT count(*)::int AS count,
              (SELECT count(*)::int FROM on_call_shift x JOIN on_call_shift y ON x.agency_id = y.agency_id AND x.tier = y.tier AND x.id < y.id
               AND tstzrange(x.starts_at, x.ends_at) && tstzrange(y.starts_at, y.ends_at) WHERE x.agency_id = $1) AS overlapping
       FROM on_call_shift WHERE agency_id = $1`,
      [agency.id],
    );
    expect({ count, overlapping }).toEqual({ count: 6, overlapping: 0 });
  });
});
