import type { LookupAddress } from 'node:dns';
import { checkWebhookUrl, INTERNAL_ADDRESS_CODE, isInternalAddress, pinnedLookup } from './webhook-target';

/** What the lookup hands the socket: an error code, or the address(es) it may connect to. */
function lookUp(addresses: LookupAddress[] | Promise<never>, options: { all?: boolean; family?: number } = {}, timeoutMs = 1000) {
  const lookup = pinnedLookup(() => (Array.isArray(addresses) ? Promise.resolve(addresses) : addresses), timeoutMs);
  return new Promise<{ code?: string; result?: unknown }>((resolve) => {
    lookup('ehr.example', options as never, ((error: NodeJS.ErrnoException | null, address: unknown, family?: number) =>
      resolve(error ? { code: error.code } : { result: options.all ? address : { address, family } })) as never);
  });
}

describe('webhook target URLs', () => {
  it('takes https anywhere and http to this machine outside production only', () => {
    expect(checkWebhookUrl(' https://ehr.county.example/hooks ', true)).toBe('https://ehr.county.example/hooks');
    expect(checkWebhookUrl('http://127.0.0.1:9000/h', false)).toBe('http://127.0.0.1:9000/h');
    expect(checkWebhookUrl('http://localhost:9000/h', false)).toBe('http://localhost:9000/h');
    for (const url of ['http://localhost:9000/h', 'http://ehr.example/h']) expect(() => checkWebhookUrl(url, true)).toThrow(/https/);
    expect(() => checkWebhookUrl('http://ehr.example/h', false)).toThrow(/https/);
    expect(() => checkWebhookUrl('ftp://ehr.example/h', false)).toThrow(/https/);
    expect(() => checkWebhookUrl('not a url', false)).toThrow(/absolute/);
    expect(() => checkWebhookUrl('https://me:pw@ehr.example/h', false)).toThrow(/password/);
  });

  it('refuses internal addresses in production (SSRF)', () => {
    for (const host of ['10.1.2.3', '192.168.0.10', '172.20.0.1', '169.254.169.254', '127.0.0.1', '[::1]', '[fd00::1]', '[fe80::1]', '0.0.0.0']) {
      expect(() => checkWebhookUrl(`https://${host}/h`, true)).toThrow(/internal/);
    }
    expect(checkWebhookUrl('https://203.0.113.7/h', true)).toBe('https://203.0.113.7/h');
  });

  it('judges an IPv4-mapped IPv6 address by its IPv4 part', () => {
    expect(isInternalAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isInternalAddress('::ffff:8.8.8.8')).toBe(false);
    expect(isInternalAddress('ehr.example')).toBe(false);
  });

  it('refuses the ranges that can carry or stand for an internal address', () => {
    for (const address of ['198.18.0.1', '198.19.255.254', '64:ff9b::a00:1', '2002:a00:1::1']) expect(isInternalAddress(address)).toBe(true);
    for (const address of ['198.20.0.1', '2001:db8::1', '8.8.8.8']) expect(isInternalAddress(address)).toBe(false);
  });

  describe('the pinned lookup a production connection uses (DNS rebinding)', () => {
    const publicV4 = { address: '203.0.113.7', family: 4 };
    const publicV6 = { address: '2606:4700::1', family: 6 };

    it('hands the socket exactly the addresses it checked', async () => {
      expect(await lookUp([publicV4, publicV6], { all: true })).toEqual({ result: [publicV4, publicV6] });
      expect(await lookUp([publicV4, publicV6])).toEqual({ result: publicV4 });
      expect(await lookUp([publicV4, publicV6], { family: 6 })).toEqual({ result: publicV6 });
    });

    it('refuses the name when any address it resolves to is internal', async () => {
      expect(await lookUp([publicV4, { address: '169.254.169.254', family: 4 }], { all: true })).toEqual({ code: INTERNAL_ADDRESS_CODE });
      expect(await lookUp([{ address: '::ffff:10.0.0.1', family: 6 }])).toEqual({ code: INTERNAL_ADDRESS_CODE });
      expect(await lookUp([])).toEqual({ code: 'ENOTFOUND' });
    });

    it('gives up on a lookup that takes too long', async () => {
      expect(await lookUp(new Promise<never>(() => undefined), {}, 50)).toEqual({ code: 'ETIMEOUT' });
    });
  });
});
