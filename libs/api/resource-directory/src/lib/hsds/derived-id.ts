import { createHash } from 'node:crypto';

/**
 * A stable id made from other ids (RFC 4122 version 5 layout): what Waymark gives the parts of an
 * HSDS row it keeps apart (a schedule's second weekday) or does not keep (an attribute's own id),
 * so that export after export, and import after import, they are the same.
 */
export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('/')).digest('hex');
  const variant = ((parseInt(hash[16], 16) & 0x3) | 0x8).toString(16);
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}
