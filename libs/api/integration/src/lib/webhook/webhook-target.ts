import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { BadInputError } from '@waymark/api/common';
import { WEBHOOK_URL_MAX_LENGTH } from '@waymark/shared/types';

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Addresses a webhook must never reach in production (SSRF): loopback, private networks,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, benchmarking
 * (198.18.0.0/15), unspecified, multicast, and the IPv6 prefixes that carry an IPv4 address
 * inside them (NAT64 64:ff9b::/96 and 6to4 2002::/16), which could reach a private one.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['64:ff9b::', 96], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1], 'ipv4');
  return INTERNAL.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

const refuse = (message: string) => new BadInputError(message, [{ field: 'url', message }]);

/**
 * The target URL as stored, or a BAD_USER_INPUT naming the field: https only, except http to
 * this machine outside production (a developer's or a test's receiver); no credentials in the
 * URL; in production no literal internal address (names are resolved and checked again at
 * each delivery, see pinnedLookup).
 */
export function checkWebhookUrl(raw: string, production: boolean): string {
  const text = raw.trim();
  if (text.length > WEBHOOK_URL_MAX_LENGTH) throw refuse(`url must be at most ${WEBHOOK_URL_MAX_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('url must be an absolute https:// URL');
  }
  const local = LOOPBACK_HOSTS.includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local && !production)) {
    throw refuse(production ? 'url must use https://' : 'url must use https:// (http:// only to localhost outside production)');
  }
  if (url.username || url.password) throw refuse('url must not carry a user name or password');
  if (production && (local || isInternalAddress(url.hostname.replace(/^\[|\]$/g, '')))) throw refuse('url must not point at an internal address');
  return url.toString();
}

/** The code a refused connection carries, so the delivery log can say why without the receiver's words. */
export const INTERNAL_ADDRESS_CODE = 'WEBHOOK_INTERNAL_ADDRESS';
/** How long a receiver's name may take to resolve before the attempt fails. */
export const WEBHOOK_LOOKUP_TIMEOUT_MS = 3_000;

type Resolve = (hostname: string) => Promise<LookupAddress[]>;
const resolveAll: Resolve = (hostname) => lookup(hostname, { all: true });

function refused(message: string, code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * The DNS lookup a production webhook connection uses (SSRF, DNS rebinding): the name is
 * resolved once, every address is checked, and the socket connects to the addresses checked,
 * never to a second answer. A lookup that takes longer than `timeoutMs` fails the attempt.
 */
export function pinnedLookup(resolve: Resolve = resolveAll, timeoutMs = WEBHOOK_LOOKUP_TIMEOUT_MS): LookupFunction {
  return (hostname, options, callback) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(refused(`lookup of ${hostname} timed out`, 'ETIMEOUT')), timeoutMs);
    });
    Promise.race([resolve(hostname), timeout])
      .then((addresses) => {
        if (!addresses.length) throw refused(`${hostname} has no address`, 'ENOTFOUND');
        if (addresses.some(({ address }) => isInternalAddress(address))) throw refused('the host resolves to an internal address', INTERNAL_ADDRESS_CODE);
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        if (!wanted.length) throw refused(`${hostname} has no IPv${options.family} address`, 'ENOTFOUND');
        if (options.all) (callback as unknown as (err: null, addresses: LookupAddress[]) => void)(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0))
      .finally(() => clearTimeout(timer));
  };
}
