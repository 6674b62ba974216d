import { loadConfig } from '@waymark/api/common';
import { IdentifierCipher } from './identifier-cipher';

const cipherWith = (fill: number) => new IdentifierCipher(loadConfig({ CLIENT_DATA_KEY: Buffer.alloc(32, fill).toString('base64') }));

describe('identifier cipher', () => {
  const cipher = cipherWith(3);

  it('round-trips a value without storing it in the clear', () => {
    const sealed = cipher.encrypt('MCD-123456789', 'agency/row');
    expect(sealed).not.toContain('123456789');
    expect(sealed).toMatch(/^[0-9a-f]{8}:[A-Za-z0-9+/=]+$/);
    expect(cipher.decrypt(sealed, 'agency/row')).toBe('MCD-123456789');
  });

  it('seals the same value differently each time', () => {
    expect(cipher.encrypt('123-45-6789', 'x')).not.toBe(cipher.encrypt('123-45-6789', 'x'));
  });

  it('refuses a value moved to another row, altered, or sealed under another key', () => {
    const sealed = cipher.encrypt('123-45-6789', 'agency/row-1');
    expect(() => cipher.decrypt(sealed, 'agency/row-2')).toThrow();
    const bytes = Buffer.from(sealed.split(':')[1], 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => cipher.decrypt(`${sealed.split(':')[0]}:${bytes.toString('base64')}`, 'agency/row-1')).toThrow();
    expect(() => cipherWith(4).decrypt(sealed, 'agency/row-1')).toThrow(/unknown key/);
  });
});
