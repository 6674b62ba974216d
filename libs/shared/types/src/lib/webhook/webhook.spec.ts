import { nextWebhookAttemptAt, WEBHOOK_MAX_ATTEMPTS } from './webhook';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook retries', () => {
  const at = new Date('2026-11-25T10:00:00Z');
  it('waits 1 min, 5 min, 30 min, 2 h and 12 h, then gives up', () => {
    const waits = [1, 2, 3, 4, 5].map((failed) => ((nextWebhookAttemptAt(failed, at)?.getTime() ?? 0) - at.getTime()) / 60_000);
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect(nextWebhookAttemptAt(WEBHOOK_MAX_ATTEMPTS, at)).toBeNull();
  });
});

describe('webhook signature', () => {
  const body = '{"id":"e1","type":"task.overdue"}';
  const now = new Date('2026-11-25T10:00:00Z');
  const t = Math.floor(now.getTime() / 1000);

  it('is HMAC-SHA256 of "<t>.<body>" in hex, as documented', async () => {
    const { createHmac } = await import('node:crypto');
    expect(await signWebhook('whsec_test', body, t)).toBe(`t=${t},v1=${createHmac('sha256', 'whsec_test').update(`${t}.${body}`).digest('hex')}`);
  });

  it('accepts its own signature within five minutes and refuses anything else', async () => {
    const header = await signWebhook('whsec_test', body, t);
    expect(await verifyWebhookSignature('whsec_test', body, header, now)).toBe(true);
    expect(await verifyWebhookSignature('whsec_test', body, header, new Date(now.getTime() + 299_000))).toBe(true);
    expect(await verifyWebhookSignature('whsec_test', body, header, new Date(now.getTime() + 301_000))).toBe(false);
    expect(await verifyWebhookSignature('whsec_other', body, header, now)).toBe(false);
    expect(await verifyWebhookSignature('whsec_test', `${body} `, header, now)).toBe(false);
    expect(await verifyWebhookSignature('whsec_test', body, 'garbage', now)).toBe(false);
    expect(await verifyWebhookSignature('whsec_test', body, undefined, now)).toBe(false);
  });
});
