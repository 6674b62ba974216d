// Mirrors, in one request as the API resolves the document's root fields: ClientResolver.client →
// ClientService.get, CarePlanResolver.activeCarePlan, CaseNoteResolver.caseNotes →
// CaseNoteQueryService.list, ReferralResolver.referrals → ReferralService.page (sent box), and the
// fields Client.primaryCaseManager (enrollments, then its own staff batch) and CaseNote.author (staff, batched).
// The client and the caller's access are read once for all four, the notes' count rides on their
// page; the reads are audited in one insert at the end. The active plan and its goals are one query, as a hand-written page would read them.
import type { FastifyInstance } from 'fastify';
import { requireClient } from '../access';
import { type AuditEvent, auditSource, recordAudit } from '../audit';
import { displayName, primaryCaseManagerId, staffMembers } from '../clients';
import { type Deps, signedInRoute } from '../route';

interface ClientProfileBody {
  clientId: string;
  first: number;
  statuses: string[];
}

interface PlanRow {
  id: string;
  status: string;
  goals: { id: string; statement: string; status: string; priority: string }[];
}

interface NoteRow {
  id: string;
  client_id: string;
  author_id: string;
  note_type: string;
  occurred_at: Date;
  narrative: string;
  signed_at: Date | null;
  total_count: string;
}

interface ReferralRow {
  id: string;
  client_id: string;
  status: string;
  urgency: string | null;
  sent_at: Date | null;
  service_name: string | null;
  organization_name: string | null;
  provider_name: string | null;
}

const VISIBLE_NOTES = `FROM case_note n WHERE n.agency_id = $1 AND n.client_id = $2 AND (n.status = 'SIGNED' OR n.author_id = $3)`;

export function clientProfile(app: FastifyInstance, deps: Deps): void {
  signedInRoute<ClientProfileBody>(app, deps, 'client-profile', async ({ db, body, caller, request }) => {
    const client = await requireClient(db, caller, body.clientId, 'read');
    const [[plan], notes, referrals, caseManagerId] = await Promise.all([
      db.query<PlanRow>(
        `SELECT p.id, p.status, coalesce((
                  SELECT json_agg(json_build_object('id', g.id, 'statement', g.statement, 'status', g.status, 'priority', g.priority) ORDER BY g.position)
                    FROM care_plan_goal g WHERE g.agency_id = p.agency_id AND g.care_plan_id = p.id), '[]') AS goals
           FROM care_plan p WHERE p.client_id = $1 AND p.status = 'ACTIVE' AND p.agency_id = $2
          ORDER BY p.effective_on DESC, p.created_at DESC, p.id DESC LIMIT 1`,
        [client.id, caller.agencyId],
      ),
      db.query<NoteRow>(
        `SELECT (SELECT count(*) ${VISIBLE_NOTES}) AS total_count, n.id, n.created_at, n.updated_at, n.version, n.agency_id, n.client_id, n.enrollment_id, n.author_id, n.note_type, n.occurred_at,
                n.duration_minutes, n.place, n.participants, n.narrative, n.status, n.signed_at, n.late_entry,
                to_char(n.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
           ${VISIBLE_NOTES} ORDER BY n.occurred_at DESC, n.id DESC LIMIT ${body.first + 1}`,
        [caller.agencyId, client.id, caller.userId],
      ),
      db.query<ReferralRow>(
        `SELECT r.id, r.created_at, r.updated_at, r.version, r.agency_id, r.client_id, r.enrollment_id, r.service_id, r.service_name, r.organization_name,
                r.provider_name, r.provider_phone, r.provider_email, r.provider_address, r.receiver_agency_id, r.consent_id, r.reason, r.needs,
                r.urgency, r.note_for_receiver, r.status, r.status_changed_at, r.sent_at, r.answered_at, r.appointment_at, r.appointment_location,
                r.decline_reason, r.outcome, r.outcome_note, r.closed_at, r.created_by, r.sent_by
           FROM referral r WHERE r.agency_id = $1 AND r.status = ANY($2::text[]) AND r.client_id = $3
          ORDER BY r.status_changed_at DESC, r.id DESC LIMIT ${body.first + 1}`,
        [caller.agencyId, body.statuses, client.id],
      ),
      primaryCaseManagerId(db, caller.agencyId, client.id),
    ]);
    const notePage = notes.slice(0, body.first);
    const referralPage = referrals.slice(0, body.first);
    // Authors and the case manager are two lookups, as the API batches them apart (StaffLoader.loadCaseManager).
    const [authors, caseManagers] = await Promise.all([
      staffMembers(db, caller.agencyId, notePage.map((note) => note.author_id)),
      staffMembers(db, caller.agencyId, caseManagerId ? [caseManagerId] : []),
    ]);

    const read = (entityType: string, entityId: string | null): AuditEvent => ({ action: 'READ', entityType, entityId, clientId: client.id });
    await recordAudit(db, auditSource(request, caller), [
      read('Client', client.id),
      ...(plan ? [read('CarePlan', plan.id)] : []),
      ...notePage.map((note) => read('CaseNote', note.id)),
      read('Enrollment', null),
      ...referralPage.map((referral) => read('Referral', referral.id)),
    ]);
    return {
      client: {
        id: client.id,
        clientNumber: client.client_number,
        displayName: displayName(client),
        legalFirstName: client.legal_first_name,
        legalLastName: client.legal_last_name,
        preferredName: client.preferred_name,
        pronouns: client.pronouns,
        dateOfBirth: client.date_of_birth,
        status: client.status,
        riskLevel: client.risk_level,
        flags: client.flags,
        primaryLanguage: client.primary_language,
        interpreterNeeded: client.interpreter_needed,
        phone: client.phone,
        email: client.email,
        version: client.version,
        primaryCaseManager: caseManagerId ? (caseManagers.get(caseManagerId) ?? null) : null,
      },
      activeCarePlan: plan ? { id: plan.id, status: plan.status, goals: plan.goals } : null,
      caseNotes: {
        totalCount: Number(notes[0]?.total_count ?? 0),
        edges: notePage.map((note) => ({
          node: {
            id: note.id,
            noteType: note.note_type,
            occurredAt: note.occurred_at,
            narrative: note.narrative,
            signedAt: note.signed_at,
            author: authors.get(note.author_id) ?? null,
          },
        })),
      },
      referrals: {
        edges: referralPage.map((referral) => ({
          node: {
            id: referral.id,
            status: referral.status,
            urgency: referral.urgency,
            sentAt: referral.sent_at,
            serviceName: referral.service_name,
            organizationName: referral.organization_name,
            provider: referral.provider_name ? { name: referral.provider_name } : null,
          },
        })),
      },
    };
  });
}
