/**
 * The `Waymark-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * Written with Web Crypto (global in Node 20 and browsers), so the API, the example client and
 * any receiver in JavaScript share one implementation.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'Waymark-Signature';
export const WEBHOOK_EVENT_ID_HEADER = 'Waymark-Event-Id';
export const WEBHOOK_EVENT_TYPE_HEADER = 'Waymark-Event-Type';
/** A signature older (or further in the future) than this is refused: a replayed request goes stale. */
export const WEBHOOK_SIGNATURE_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

function hmacKey(secret: string, usage: 'sign' | 'verify') {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

const toHex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** The header value for `body` signed at `timestamp` (unix seconds). */
export async function signWebhook(secret: string, body: string, timestamp: number): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(`${timestamp}.${body}`));
  return `t=${timestamp},v1=${toHex(mac)}`;
}

/**
 * Whether `header` signs `rawBody` (the bytes as received, before any JSON parsing) with
 * `secret`, within WEBHOOK_SIGNATURE_TOLERANCE_SECONDS of `now`. The MAC is compared by Web
 * Crypto's verify, in constant time.
 */
export async function verifyWebhookSignature(secret: string, rawBody: string, header: string | null | undefined, now: Date = new Date()): Promise<boolean> {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const mac = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(mac)) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > WEBHOOK_SIGNATURE_TOLERANCE_SECONDS) return false;
  const bytes = new Uint8Array((mac.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
  return crypto.subtle.verify('HMAC', await hmacKey(secret, 'verify'), bytes, encoder.encode(`${timestamp}.${rawBody}`));
}
