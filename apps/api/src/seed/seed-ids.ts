import { randomBytes } from 'node:crypto';

let last = 0;
let counter = 0;

/**
 * A UUID version 7: time-ordered, so rows written together sit together in the B-tree
 * indexes that lead with an id (primary keys, and the client's indexes by client_id), and a
 * large seed appends to them instead of touching pages all over.
 */
export function seedId(): string {
  const now = Date.now();
  counter = now === last ? counter + 1 : 0;
  last = now;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  // 12 bits of counter keep ids made in the same millisecond in order.
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
