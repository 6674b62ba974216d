import { createHash, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DOCUMENT_SOURCE_TYPE, DocumentStore, documentTimelineLine } from '@waymark/api/client';
import { Clock, RequestContext } from '@waymark/api/common';
import { ActorType, addDays, DocumentContentType, DocumentOwnerType, DocumentType, Role, TimelineKind, todayIsoDate } from '@waymark/shared/types';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';
import { TINY_PNG, tinyPdf } from './tiny-pdf';
import { seededEvent, writeAuditEvents } from './write-audit';
import { writeTimeline } from './write-timeline';

/** The records of one demo client a document may hang from. */
interface DemoClient {
  client_id: string;
  name: string;
  enrollment_id: string;
  consent_id: string | null;
  recipient: string | null;
}

/** One demo document: what, on which record, dated and lapsing how many days from today. */
interface Plan {
  type: DocumentType;
  owner: 'CLIENT' | 'ENROLLMENT' | 'CONSENT';
  title: (client: DemoClient) => string;
  fileName: string;
  contentType: DocumentContentType;
  content: (client: DemoClient) => Buffer;
  dated: number;
  expires: number | null;
}

const PLANS: Plan[] = [
  {
    type: DocumentType.SIGNED_CONSENT,
    owner: 'CONSENT',
    title: (c) => `Signed release – ${c.recipient ?? 'county clinic'}`,
    fileName: 'signed-release.pdf',
    contentType: DocumentContentType.PDF,
    content: (c) => tinyPdf(['Authorization to release information', `Client: ${c.name}`, `Recipient: ${c.recipient ?? 'County clinic'}`, 'Signed by the client in the office.']),
    dated: -30,
    expires: 335,
  },
  {
    type: DocumentType.ID,
    owner: 'CLIENT',
    title: () => 'State ID card',
    fileName: 'state-id.png',
    contentType: DocumentContentType.PNG,
    content: () => TINY_PNG,
    dated: -1500,
    expires: -12,
  },
  {
    type: DocumentType.MEDICAL_LETTER,
    owner: 'ENROLLMENT',
    title: () => 'Letter from Dr. Patel on mobility needs',
    fileName: 'letter-dr-patel.pdf',
    contentType: DocumentContentType.PDF,
    content: (c) => tinyPdf(['Riverside Family Medicine', `Re: ${c.name}`, 'The client needs a walker and a ground-floor room.', 'Dr. Amara Patel']),
    dated: -9,
    expires: null,
  },
  {
    type: DocumentType.RECEIPT,
    owner: 'CLIENT',
    title: () => 'Receipt – monthly bus pass',
    fileName: 'bus-pass-receipt.pdf',
    contentType: DocumentContentType.PDF,
    content: () => tinyPdf(['Riverside Transit', 'Monthly pass, reduced fare: $25.00', 'Paid in cash at the office.']),
    dated: -4,
    expires: null,
  },
];

/**
 * The first demo agency's documents, on the demo case manager's first clients: a signed release
 * on a consent, an ID that has lapsed, a doctor's letter on an enrollment, a receipt. The bytes
 * go through the configured DocumentStore, like an upload's. Made once: an agency that has
 * documents is left as it is.
 */
export async function seedDocuments(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  const store = app.get(DocumentStore, { strict: false });
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM document WHERE agency_id = $1 LIMIT 1`, async ({ agency, run, read, userOf }) => {
    const worker = await userOf(Role.CASE_MANAGER);
    if (!worker) return;
    // The store scopes its keys by the request's agency: the seed acts as the demo case manager.
    app.get(RequestContext).setPrincipal({ actorType: ActorType.USER, id: worker.id, agencyId: agency.id, role: Role.CASE_MANAGER, sessionId: worker.id, mustChangePassword: false });
    const clients = await read<DemoClient>(
      `SELECT DISTINCT ON (c.client_number) c.id AS client_id, c.legal_first_name || ' ' || c.legal_last_name AS name, e.id AS enrollment_id,
              k.id AS consent_id, k.recipient_name AS recipient
         FROM enrollment e JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
         LEFT JOIN LATERAL (SELECT id, recipient_name FROM consent WHERE agency_id = c.agency_id AND client_id = c.id ORDER BY signed_on DESC, id LIMIT 1) k ON true
        WHERE e.agency_id = $1 AND e.primary_case_manager_id = $2 AND e.status = 'ACTIVE' AND c.status = 'ACTIVE'
        ORDER BY c.client_number, e.id LIMIT 3`,
      [agency.id, worker.id],
    );
    const today = todayIsoDate(app.get(Clock).now());
    let written = 0;
    for (const [i, plan] of PLANS.entries()) {
      // The signed release goes to the first client with a consent; the rest take turns.
      const client = plan.owner === 'CONSENT' ? clients.find((c) => c.consent_id) : clients[i % Math.max(1, clients.length)];
      if (!client) continue;
      const ownerType = DocumentOwnerType[plan.owner];
      const ownerId = plan.owner === 'CONSENT' ? (client.consent_id as string) : plan.owner === 'ENROLLMENT' ? client.enrollment_id : client.client_id;
      const content = plan.content(client);
      const id = randomUUID();
      const storageKey = randomUUID();
      const title = plan.title(client);
      const uploadedAt = new Date(Date.parse(`${addDays(today, Math.min(plan.dated + 1, 0))}T16:00:00Z`));
      await run(
        `INSERT INTO document (id, agency_id, client_id, owner_type, owner_id, document_type, title, document_date, expires_on, file_name, content_type, size_bytes, sha256,
           storage_key, uploaded_by, uploaded_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $16)`,
        [
          id,
          agency.id,
          client.client_id,
          ownerType,
          ownerId,
          plan.type,
          title,
          addDays(today, plan.dated),
          plan.expires === null ? null : addDays(today, plan.expires),
          plan.fileName,
          plan.contentType,
          content.length,
          createHash('sha256').update(content).digest('hex'),
          storageKey,
          worker.id,
          uploadedAt,
        ],
      );
      await store.put(storageKey, content, plan.contentType);
      await writeTimeline(run, agency.id, [
        { client_id: client.client_id, occurred_at: uploadedAt, kind: TimelineKind.DOCUMENT, source_type: DOCUMENT_SOURCE_TYPE, source_id: id, summary: documentTimelineLine.uploaded(plan.type, title), actor_id: worker.id },
      ]);
      await writeAuditEvents(run, agency.id, [seededEvent(DOCUMENT_SOURCE_TYPE, id, client.client_id)]);
      written += 1;
    }
    progress.log(`seed: documents of ${agency.name}: ${written} documents`);
  });
}
