import ipaddr from 'ipaddr.js';

/**
 * An API client's IP allow-list: CIDR ranges (a bare address means just it). Empty admits any
 * address. IPv4 callers reaching an IPv6 socket (::ffff:10.0.0.1) are matched as IPv4.
 */

/**
 * The range in canonical form, by its network address (`10.0.0.0/8`, `2001:db8::/32`), or
 * null when it is not one. IPv4 must be written in four decimal parts: ipaddr.js would also
 * read `10.0.0` or hex as inet_aton does, which nobody means in an allow-list.
 */
export function normalizeCidr(entry: string): string | null {
  const text = entry.trim();
  const [address, bits, ...rest] = text.split('/');
  if (rest.length || !(address.includes(':') ? ipaddr.IPv6.isValid(address) : ipaddr.IPv4.isValidFourPartDecimal(address))) return null;
  try {
    const parsed = ipaddr.parse(address);
    const width = parsed.kind() === 'ipv4' ? 32 : 128;
    if (bits === undefined) return `${parsed.toString()}/${width}`;
    if (!/^\d{1,3}$/.test(bits)) return null;
    const cidr = `${address}/${bits}`;
    const network = parsed.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(cidr) : ipaddr.IPv6.networkAddressFromCIDR(cidr);
    return `${network.toString()}/${Number(bits)}`;
  } catch {
    return null;
  }
}

export function addressAllowed(ip: string | undefined, allowedCidrs: readonly string[]): boolean {
  if (!allowedCidrs.length) return true;
  if (!ip || !ipaddr.isValid(ip)) return false;
  const address = ipaddr.process(ip);
  return allowedCidrs.some((cidr) => {
    const range = ipaddr.parseCIDR(cidr);
    return address.kind() === range[0].kind() && address.match(range);
  });
}
