import type { AppConfig } from '@waymark/api/common';
import { WebhookSecretCipher } from './webhook-secret-cipher';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const cipher = (current: string, previous?: string) =>
  new WebhookSecretCipher({ WEBHOOK_SECRET_KEY: current, WEBHOOK_SECRET_KEY_PREVIOUS: previous } as AppConfig);
const SUBSCRIPTION = '6f1c0000-0000-4000-8000-000000000001';

describe('webhook secret sealing across a key rotation', () => {
  it('opens what the previous key sealed while it is kept, and seals anew under the current key', () => {
    const sealed = cipher(key(1)).seal('whsec_abc', SUBSCRIPTION);
    const rotated = cipher(key(2), key(1));
    expect(rotated.open(sealed, SUBSCRIPTION)).toBe('whsec_abc');
    const resealed = rotated.seal('whsec_abc', SUBSCRIPTION);
    expect(cipher(key(2)).open(resealed, SUBSCRIPTION)).toBe('whsec_abc');
  });

  it('refuses what neither key sealed, and a value moved to another subscription', () => {
    const sealed = cipher(key(1)).seal('whsec_abc', SUBSCRIPTION);
    expect(() => cipher(key(2)).open(sealed, SUBSCRIPTION)).toThrow(/unknown key/);
    expect(() => cipher(key(1)).open(sealed, '6f1c0000-0000-4000-8000-000000000002')).toThrow();
  });
});
