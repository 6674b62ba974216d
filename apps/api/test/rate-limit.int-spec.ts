import { codeOf, LOGIN, newAgency, PASSWORD, type TestAgency } from './support/factories';
import { randomIp, startTestApp, type TestApp } from './support/test-app';

describe('sign-in rate limit per address', () => {
  let t: TestApp;
  let agency: TestAgency;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3' });
    agency = await newAgency(t);
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED with a retry time once one address has tried too often, whatever the account', async () => {
    const ip = randomIp();
    for (let i = 0; i < 3; i++) await t.gql(LOGIN, { email: `someone-${i}@test.example`, password: 'whatever-it-is' }, { ip });
    const res = await t.gql(LOGIN, { email: agency.admin.email, password: PASSWORD }, { ip });
    expect(codeOf(res)).toBe('RATE_LIMITED');
    expect(res.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(res.errors?.[0].extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it('leaves other addresses alone', async () => {
    const busy = randomIp();
    for (let i = 0; i < 3; i++) await t.gql(LOGIN, { email: `someone-${i}@test.example`, password: 'whatever-it-is' }, { ip: busy });
    expect((await t.gql(LOGIN, { email: agency.admin.email, password: PASSWORD }, { ip: randomIp() })).data?.login).toBeTruthy();
  });
});
