import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Caller } from './auth';
import type { Queryable } from './statements';

/** One audit_event row, as AuditTrail.toRow (libs/api/audit/src/lib/audit-trail.service.ts) fills it. */
export interface AuditEvent {
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  changes?: object | null;
  reason?: string | null;
}

/** The request's who and where, stamped on each of its events. */
export interface AuditSource {
  agencyId: string | null;
  actorType: string;
  actorId: string | null;
  requestId: string;
  ip: string;
  userAgent: string | null;
}

export function auditSource(request: FastifyRequest, actor: Caller | null): AuditSource {
  return {
    agencyId: actor?.agencyId ?? null,
    actorType: actor ? 'USER' : 'ANONYMOUS',
    actorId: actor?.userId ?? null,
    requestId: randomUUID(),
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

/** One statement however many events, one array per column (as AuditTrail.record writes them). */
const INSERT_EVENTS =
  'INSERT INTO audit_event (agency_id, actor_type, actor_id, action, entity_type, entity_id, client_id, changes, reason, request_id, ip, user_agent) ' +
  'SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::jsonb[], $9::text[], $10::text[], $11::text[], $12::text[])';

/** Writes the events in one insert; nothing when there are none (as flushReads with an empty buffer). */
export async function recordAudit(db: Queryable, source: AuditSource, events: AuditEvent[]): Promise<void> {
  if (!events.length) return;
  const column = <T>(value: (event: AuditEvent) => T) => events.map(value);
  await db.query(INSERT_EVENTS, [
    column(() => source.agencyId),
    column(() => source.actorType),
    column(() => source.actorId),
    column((event) => event.action),
    column((event) => event.entityType),
    column((event) => event.entityId),
    column((event) => event.clientId),
    column((event) => (event.changes ? JSON.stringify(event.changes) : null)),
    column((event) => event.reason ?? null),
    column(() => source.requestId),
    column(() => source.ip),
    column(() => source.userAgent),
  ]);
}
