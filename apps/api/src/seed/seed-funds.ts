import { createHash, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { TASK_ENTITY } from '@waymark/api/care-plan';
import {
  DOCUMENT_SOURCE_TYPE,
  DocumentStore,
  documentTimelineLine,
  FUND_ENTRY_SOURCE_TYPE,
  FUND_RECEIPT_SOURCE_TYPE,
  FUND_REQUEST_SOURCE_TYPE,
  fundTimelineLine,
} from '@waymark/api/client';
import { Clock, RequestContext } from '@waymark/api/common';
import {
  ActorType,
  addDays,
  DocumentContentType,
  DocumentOwnerType,
  DocumentType,
  FundRequestStatus,
  Role,
  TaskKind,
  TaskPriority,
  TaskStatus,
  TaskSubject,
  taskDedupeKey,
  TimelineKind,
  todayIsoDate,
} from '@waymark/shared/types';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';
import { sweptEscalation } from './swept-escalation';
import { tinyPdf } from './tiny-pdf';
import { type AuditRow, seededEvent, writeAuditEvents } from './write-audit';
import { writeTimeline } from './write-timeline';
import type { TimelineRow } from './seed-rows';

/** At this hour (UTC) of each day the demo's fund steps happened. */
const AT = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * The first demo agency's client trust fund, on the demo case manager's first client: benefits
 * and a family gift deposited, a winter coat asked for, approved, paid by check, its receipt
 * attached and reconciled with the change returned to the fund, and a bus pass waiting for a
 * supervisor's approval (its FUND_APPROVAL task in the supervisors' queue). Made once: an
 * agency with a fund ledger is left as it is.
 */
export async function seedFunds(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  const store = app.get(DocumentStore, { strict: false });
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM fund_entry WHERE agency_id = $1 LIMIT 1`, async ({ agency, run, read, emailOf }) => {
    const people = await read<{ id: string; email: string }>(`SELECT id, email FROM app_user WHERE agency_id = $1 AND email = ANY($2)`, [
      agency.id,
      [emailOf(Role.CASE_MANAGER), emailOf(Role.SUPERVISOR), emailOf(Role.ADMIN)],
    ]);
    const idOf = (role: Role) => people.find((person) => person.email === emailOf(role))?.id;
    const [worker, supervisor, admin] = [idOf(Role.CASE_MANAGER), idOf(Role.SUPERVISOR), idOf(Role.ADMIN)];
    if (!worker || !supervisor || !admin) return;
    const [client] = await read<{ id: string }>(
      `SELECT c.id FROM enrollment e JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
        WHERE e.agency_id = $1 AND e.primary_case_manager_id = $2 AND e.status = 'ACTIVE' AND c.status = 'ACTIVE' ORDER BY c.client_number, e.id LIMIT 1`,
      [agency.id, worker],
    );
    if (!client) return;
    // The store scopes its keys by the request's agency: the seed acts as the demo case manager.
    app.get(RequestContext).setPrincipal({ actorType: ActorType.USER, id: worker, agencyId: agency.id, role: Role.CASE_MANAGER, sessionId: worker, mustChangePassword: false });
    const now = app.get(Clock).now();
    const today = todayIsoDate(now);
    const day = (offset: number) => addDays(today, offset);
    const clientId = client.id;
    const audit: AuditRow[] = [];
    const timeline: TimelineRow[] = [];
    const line = (requestId: string, at: Date, summary: string, actor: string) =>
      timeline.push({ client_id: clientId, occurred_at: at, kind: TimelineKind.FUND_REQUEST, source_type: FUND_REQUEST_SOURCE_TYPE, source_id: requestId, summary, actor_id: actor });
    const entry = async (values: { kind: string; cents: number; on: string; source?: string; requestId?: string; method?: string; reference?: string; note?: string; by: string; at: Date }) => {
      const id = randomUUID();
      await run(
        `INSERT INTO fund_entry (id, agency_id, client_id, kind, amount_cents, occurred_on, source, request_id, method, reference, note, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [id, agency.id, clientId, values.kind, values.cents, values.on, values.source ?? null, values.requestId ?? null, values.method ?? null, values.reference ?? null, values.note ?? null, values.by, values.at],
      );
      audit.push(seededEvent(FUND_ENTRY_SOURCE_TYPE, id, clientId));
    };
    const task = async (requestId: string, dueOn: string, done: Date | null, createdAt: Date) => {
      const id = randomUUID();
      await run(
        `INSERT INTO task (id, agency_id, client_id, kind, title, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key, completed_at, completion_note, escalated_at, created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, 'Approve or refuse a fund request', $5, $6, $7, NULL, $8, $9, $10, $11, $12, $13, $14, $14, $15)`,
        [
          id, agency.id, clientId, TaskKind.FUND_APPROVAL, done ? TaskStatus.DONE : TaskStatus.OPEN, TaskPriority.NORMAL, dueOn, TaskSubject.FUND_REQUEST, requestId,
          taskDedupeKey(TaskKind.FUND_APPROVAL, requestId, 'decision'), done, done ? 'The fund request was approved' : null, sweptEscalation({ dueOn, open: !done }, today, now), createdAt, done ? 2 : 1,
        ],
      );
      audit.push(seededEvent(TASK_ENTITY, id, clientId));
    };

    await entry({ kind: 'DEPOSIT', cents: 65_000, on: day(-40), source: 'BENEFITS', note: 'SSI for the month', by: admin, at: AT(day(-40), 17) });
    await entry({ kind: 'DEPOSIT', cents: 10_000, on: day(-20), source: 'FAMILY', note: 'Birthday money from his aunt', by: admin, at: AT(day(-20), 17) });

    // The coat: asked, approved, paid by check, its receipt, reconciled with the change returned.
    const coat = randomUUID();
    const [asked, approved, paid, receiptAt, reconciled] = [AT(day(-14), 15), AT(day(-13), 16), AT(day(-12), 17), AT(day(-10), 18), AT(day(-9), 16)];
    await run(
      `INSERT INTO fund_request (id, agency_id, client_id, amount_cents, purpose, payee, needed_by, requested_by, status, decided_by, decided_at, decision_note,
         paid_by, paid_at, reconciled_by, reconciled_at, resolution, reconciliation_note, created_at, updated_at, version)
       VALUES ($1, $2, $3, 4500, 'Winter coat before the cold snap', 'Thrift Corner', $4, $5, $6, $7, $8, 'Covered by the benefits deposit', $9, $10, $7, $11, 'RETURNED', 'Change handed back at the office', $12, $11, 5)`,
      [coat, agency.id, clientId, day(-10), worker, FundRequestStatus.RECONCILED, supervisor, approved, admin, paid, reconciled, asked],
    );
    audit.push(seededEvent(FUND_REQUEST_SOURCE_TYPE, coat, clientId));
    await task(coat, day(-10), approved, asked);
    await entry({ kind: 'DISBURSEMENT', cents: 4_500, on: day(-12), requestId: coat, method: 'CHECK', reference: 'Check 2231', by: admin, at: paid });
    const documentId = randomUUID();
    const storageKey = randomUUID();
    const content = tinyPdf(['Thrift Corner', 'Wool coat, size L: $42.50', 'Paid by check 2231.']);
    const title = 'Receipt – winter coat';
    await run(
      `INSERT INTO document (id, agency_id, client_id, owner_type, owner_id, document_type, title, document_date, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'coat-receipt.pdf', $9, $10, $11, $12, $13, $14, $14, $14)`,
      [documentId, agency.id, clientId, DocumentOwnerType.FUND_REQUEST, coat, DocumentType.RECEIPT, title, day(-11), DocumentContentType.PDF, content.length, createHash('sha256').update(content).digest('hex'), storageKey, worker, receiptAt],
    );
    await store.put(storageKey, content, DocumentContentType.PDF);
    audit.push(seededEvent(DOCUMENT_SOURCE_TYPE, documentId, clientId));
    timeline.push({ client_id: clientId, occurred_at: receiptAt, kind: TimelineKind.DOCUMENT, source_type: DOCUMENT_SOURCE_TYPE, source_id: documentId, summary: documentTimelineLine.uploaded(DocumentType.RECEIPT, title), actor_id: worker });
    const receiptId = randomUUID();
    await run(`INSERT INTO fund_receipt (id, agency_id, request_id, document_id, amount_cents, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, 4250, $5, $6)`, [
      receiptId, agency.id, coat, documentId, worker, receiptAt,
    ]);
    audit.push(seededEvent(FUND_RECEIPT_SOURCE_TYPE, receiptId, clientId));
    await entry({ kind: 'RETURN', cents: 250, on: day(-9), requestId: coat, note: 'Change handed back at the office', by: supervisor, at: reconciled });
    line(coat, asked, fundTimelineLine.requested(4_500), worker);
    line(coat, approved, fundTimelineLine.approved(4_500), supervisor);
    line(coat, paid, fundTimelineLine.paid(4_500, 'CHECK'), admin);
    line(coat, receiptAt, fundTimelineLine.receipt(4_250), worker);
    line(coat, reconciled, fundTimelineLine.reconciled(4_500, 4_250, 250), supervisor);

    // The bus pass waits for a supervisor.
    const pass = randomUUID();
    const passAsked = new Date(now.getTime() - 3 * 3600_000);
    await run(
      `INSERT INTO fund_request (id, agency_id, client_id, amount_cents, purpose, payee, needed_by, requested_by, status, created_at, updated_at)
       VALUES ($1, $2, $3, 2500, 'Monthly bus pass for the day program', 'Riverside Transit', $4, $5, $6, $7, $7)`,
      [pass, agency.id, clientId, day(7), worker, FundRequestStatus.REQUESTED, passAsked],
    );
    audit.push(seededEvent(FUND_REQUEST_SOURCE_TYPE, pass, clientId));
    await task(pass, day(7), null, passAsked);
    line(pass, passAsked, fundTimelineLine.requested(2_500), worker);

    await writeTimeline(run, agency.id, timeline);
    await writeAuditEvents(run, agency.id, audit);
    progress.log(`seed: client funds at ${agency.name}: 2 requests, 5 ledger lines`);
  });
}
