import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { actingUserId, RequestContext } from '@waymark/api/common';
import { ActorType, type AuditAction } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { type FieldChanges, redact } from './redact';

export interface AuditRecord {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  /** The client whose data was read or written, when there is one. */
  clientId?: string;
  changes?: FieldChanges;
  reason?: string;
  /** Only where nobody is signed in yet (a login); otherwise the caller is taken from the request. */
  actor?: { type: ActorType; id: string | null; agencyId: string | null };
}

type AuditRow = ReturnType<AuditTrail['toRow']>;

/** Each column audit_event is written with: the row's field, the column and its array type. */
const AUDIT_COLUMNS: [keyof AuditRow, string, string][] = [
  ['agencyId', 'agency_id', 'uuid[]'],
  ['actorType', 'actor_type', 'text[]'],
  ['actorId', 'actor_id', 'uuid[]'],
  ['action', 'action', 'text[]'],
  ['entityType', 'entity_type', 'text[]'],
  ['entityId', 'entity_id', 'text[]'],
  ['clientId', 'client_id', 'uuid[]'],
  ['changes', 'changes', 'jsonb[]'],
  ['reason', 'reason', 'text[]'],
  ['requestId', 'request_id', 'text[]'],
  ['ip', 'ip', 'text[]'],
  ['userAgent', 'user_agent', 'text[]'],
];

const INSERT_EVENTS =
  `INSERT INTO audit_event (${AUDIT_COLUMNS.map(([, column]) => column).join(', ')}) ` +
  `SELECT * FROM unnest(${AUDIT_COLUMNS.map(([, , type], i) => `$${i + 1}::${type}`).join(', ')})`;

const PENDING_READS = Symbol('audit.pendingReads');
const FLUSHING = Symbol('audit.flushing');
const HELD_CALL = Symbol('audit.heldCall');

/**
 * Opens the request's buffer of reads. Called when the request's context is created, so
 * code running in a nested context (a transaction) still adds to the request's own buffer.
 */
export function openReadBuffer(cls: ClsService): void {
  cls.set(PENDING_READS, []);
  // A box, like the buffer, so a nested context that inherits it takes the call from its request once.
  cls.set(HELD_CALL, { call: undefined } satisfies HeldCall);
}

interface HeldCall {
  call: AuditRecord | undefined;
}

/**
 * The one way any context writes to the audit trail.
 * - `record` is for changes: the events are inserted through the current transaction, so they
 *   commit or roll back with the change they describe; if the insert fails, so does the request.
 * - `recordRead` is for reads: the events wait in the request's buffer and are written in one
 *   multi-row insert before the response leaves (see AuditFlushPlugin); if that insert fails,
 *   the response carries an error instead of the data.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly cls: ClsService,
  ) {}

  async record(...records: AuditRecord[]): Promise<void> {
    // Outside a transaction the insert stands whatever follows, so the request's held API call rides in it.
    const call = this.txHost.isTransactionActive() ? undefined : this.takeCall();
    const rows = [...records, ...(call ? [call] : [])].map((record) => this.toRow(record));
    // One statement with one array per column, however many events: the hottest insert we have,
    // so written by hand rather than built by the query builder each time.
    await this.txHost.tx.query(INSERT_EVENTS, AUDIT_COLUMNS.map(([field]) => rows.map((row) => row[field])));
  }

  recordRead(...records: AuditRecord[]): void {
    const pending: AuditRecord[] | undefined = this.cls.get(PENDING_READS);
    if (!pending) throw new Error('no audit buffer in this context: call openReadBuffer when the request starts');
    pending.push(...records);
  }

  /**
   * Holds the request's API_CALL event (see ApiCallAudit) until the request's next insert that
   * stands: a write outside a transaction, or the flush of its reads. It never waits for one
   * inside a transaction, which a failure would roll back with the call's only trace.
   */
  holdCall(record: AuditRecord): void {
    const held: HeldCall | undefined = this.cls.isActive() ? this.cls.get(HELD_CALL) : undefined;
    if (!held) throw new Error('no audit buffer in this context: call openReadBuffer when the request starts');
    held.call = record;
  }

  private takeCall(): AuditRecord | undefined {
    const held: HeldCall | undefined = this.cls.isActive() ? this.cls.get(HELD_CALL) : undefined;
    const call = held?.call;
    if (held) held.call = undefined;
    return call;
  }

  /**
   * Writes the request's buffered reads and its held API call. The operations of a batch share
   * the buffer, so each flush also waits for the ones before it: if any fails, every operation of the request
   * that flushes after it fails too, and none sends data whose read went unrecorded.
   */
  async flushReads(): Promise<void> {
    if (!this.cls.isActive()) return;
    const pending: AuditRecord[] = this.cls.get(PENDING_READS) ?? [];
    const call = this.takeCall();
    const taken = [...pending.splice(0, pending.length), ...(call ? [call] : [])];
    const flushing = Promise.all([this.cls.get(FLUSHING), taken.length ? this.record(...taken) : undefined]);
    this.cls.set(FLUSHING, flushing);
    await flushing;
  }

  private toRow(record: AuditRecord) {
    const principal = this.context.principal;
    return {
      agencyId: record.actor ? record.actor.agencyId : (principal?.agencyId ?? null),
      actorType: record.actor?.type ?? principal?.actorType ?? ActorType.ANONYMOUS,
      actorId: record.actor ? record.actor.id : principal ? actingUserId(principal) : null,
      action: record.action,
      entityType: record.entityType ?? null,
      entityId: record.entityId ?? null,
      clientId: record.clientId ?? null,
      changes: record.changes ? redact(record.changes) : null,
      reason: record.reason ?? null,
      requestId: this.context.requestId ?? null,
      ip: this.context.ip ?? null,
      userAgent: this.context.userAgent ?? null,
    };
  }
}
