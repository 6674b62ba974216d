import { createHash } from 'node:crypto';

/** The first event of a chain links to this. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain an event belongs to: one per agency, and one for events outside any agency. */
export const PLATFORM_CHAIN = 'platform';

export function chainOf(agencyId: string | null): string {
  return agencyId ?? PLATFORM_CHAIN;
}

/** An audit event as the sealer and the verifier read it: every value as stable text or JSON. */
export interface SealableEvent {
  id: string;
  occurred_at: string;
  agency_id: string | null;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  client_id: string | null;
  changes: unknown;
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** Selects an audit_event row (aliased `e`) in the shape hashing needs; timestamps at microsecond precision, in UTC. */
export const SEALABLE_COLUMNS = `e.id::text AS id,
  to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
  e.agency_id::text AS agency_id, e.actor_type, e.actor_id::text AS actor_id, e.action, e.entity_type,
  e.entity_id, e.client_id::text AS client_id, e.changes, e.reason, e.request_id, e.ip, e.user_agent`;

export function hashEvent(prevHash: string, seq: number, event: SealableEvent): string {
  const content = stableStringify([
    seq,
    prevHash,
    event.id,
    event.occurred_at,
    event.agency_id,
    event.actor_type,
    event.actor_id,
    event.action,
    event.entity_type,
    event.entity_id,
    event.client_id,
    event.changes,
    event.reason,
    event.request_id,
    event.ip,
    event.user_agent,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

/** JSON with object keys sorted, so the same value always hashes the same. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
