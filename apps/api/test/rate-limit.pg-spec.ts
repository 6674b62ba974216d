import { codeOf, LOGIN } from './support/factories';
import { randomIp, startTestApp, type TestApp } from './support/test-app';

/** Runs only on PostgreSQL: parallel requests on several connections. */
describe('sign-in rate limit under parallel requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('lets no more attempts through than the limit, however many arrive at once', async () => {
    const ip = randomIp();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.gql(LOGIN, { email: `parallel-${i}@test.example`, password: 'whatever-it-is' }, { ip })),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(9);
  });
});
