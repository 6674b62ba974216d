import type { GqlResult, TestApp } from './test-app';

/** Sends one GraphQL body with an Idempotency-Key header, as an integrator's retrying client would. */
export async function postWithKey(t: TestApp, key: string, body: unknown, token: string): Promise<GqlResult & { body: unknown }> {
  const res = await t.post(body, { token }).set('Idempotency-Key', key);
  return { status: res.status, data: res.body.data, errors: res.body.errors, body: res.body };
}
