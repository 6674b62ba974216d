import { addressAllowed, normalizeCidr } from './allowed-cidrs';
import { formatToken, hashSecret, isApiToken, newSecret, parseToken, secretMatches } from './api-client-token';

describe('API client tokens', () => {
  const id = '3f2b8c4e-1d2a-4b6c-9e8f-0a1b2c3d4e5f';

  it('carries the client id and a 256-bit secret, and parses back', () => {
    const secret = newSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const token = formatToken(id, secret);
    expect(token).toBe(`wmk_3f2b8c4e1d2a4b6c9e8f0a1b2c3d4e5f_${secret}`);
    expect(isApiToken(token)).toBe(true);
    expect(parseToken(token)).toEqual({ clientId: id, secret });
  });

  it('refuses anything not shaped like a key', () => {
    for (const bad of ['', 'wmk_', `wmk_${'g'.repeat(32)}_${'A'.repeat(43)}`, `wmk_${'0'.repeat(32)}_${'A'.repeat(42)}`, `wmk_${'0'.repeat(32)}_${'A'.repeat(43)}x`, 'eyJhbGciOiJIUzI1NiJ9.e30.x']) {
      expect([bad, parseToken(bad)]).toEqual([bad, null]);
    }
    expect(isApiToken('eyJhbGciOiJIUzI1NiJ9.e30.x')).toBe(false);
  });

  it('matches a secret only against its own hash', () => {
    const secret = newSecret();
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
    expect(secretMatches(newSecret(), hashSecret(secret))).toBe(false);
    expect(secretMatches(secret, 'not-a-hash')).toBe(false);
  });
});

describe('API client allow-lists', () => {
  it('normalizes ranges and bare addresses, and refuses the rest', () => {
    expect(normalizeCidr(' 203.0.113.0/24 ')).toBe('203.0.113.0/24');
    expect(normalizeCidr('198.51.100.9')).toBe('198.51.100.9/32');
    expect(normalizeCidr('2001:DB8::/32')).toBe('2001:db8::/32');
    expect(normalizeCidr('::1')).toBe('::1/128');
    expect(normalizeCidr('10.1.2.3/8')).toBe('10.0.0.0/8');
    for (const bad of ['10.0.0.0/33', '10.0.0', '10.0.0/8', '0x0a.0.0.1', 'office', '', '2001:db8::/129', '10.0.0.0/8/8', '10.0.0.0/x']) expect([bad, normalizeCidr(bad)]).toEqual([bad, null]);
  });

  it('admits any address when empty, otherwise only those inside a range', () => {
    expect(addressAllowed('192.0.2.1', [])).toBe(true);
    const list = ['203.0.113.0/24', '2001:db8::/32'];
    expect(addressAllowed('203.0.113.200', list)).toBe(true);
    expect(addressAllowed('203.0.114.1', list)).toBe(false);
    expect(addressAllowed('2001:db8::42', list)).toBe(true);
    // An IPv4 caller seen on an IPv6 socket.
    expect(addressAllowed('::ffff:203.0.113.5', list)).toBe(true);
    expect(addressAllowed(undefined, list)).toBe(false);
    expect(addressAllowed('unknown', list)).toBe(false);
  });
});
