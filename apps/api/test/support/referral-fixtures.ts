import { randomUUID } from 'node:crypto';
import { calendarDay } from '@waymark/shared/types';
import { newClient, ok, onCaseload, staff, type Worker } from './client-fixtures';
import { newAgency, type TestAgency } from './factories';
import type { GqlResult, TestApp } from './test-app';

/** Referral operations as the SPA sends them. */
export const REFERRAL_FIELDS = `id version status urgency reason needs noteForReceiver serviceId serviceName organizationName
  provider { name phone email address } receiverAgency { id name } senderAgency { id name } onWaymark side nextStatuses
  sentAt answeredAt appointmentAt appointmentLocation declineReason outcome outcomeNote closedAt createdAt statusChangedAt enrollmentId
  sentBy { id }
  steps { id fromStatus toStatus side actorName actorAgencyName note appointmentAt occurredAt }
  client { id clientNumber displayName dateOfBirth primaryLanguage phone email address sharedUnder }`;
export const REFERRAL = `query ($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;
export const REFERRALS = `query ($filter: ReferralFilter!, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) { edges { cursor node { id status side client { displayName sharedUnder } } } pageInfo { hasNextPage endCursor } }
}`;
export const REFERRAL_COUNTS = `query ($box: ReferralBox!) { referralStatusCounts(box: $box) { status count } }`;
export const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
export const UPDATE_REFERRAL = `mutation ($input: UpdateReferralInput!) { updateReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
export const MOVE_REFERRAL = `mutation ($input: MoveReferralInput!) { moveReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
export const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id version } }`;
export const REVOKE_CONSENT = `mutation ($input: RevokeConsentInput!) { revokeConsent(input: $input) { id version } }`;

/** A calendar day `days` from today, as consents count days. */
export const day = (days: number) => calendarDay(new Date(Date.now() + days * 86_400_000));

/**
 * A directory service written straight to the directory's tables: an organization kept by
 * `keeper` (shared with every agency unless told), on Waymark as `waymarkAgencyId` if given,
 * ACTIVE unless told.
 */
export async function directoryService(
  t: TestApp,
  keeper: string,
  {
    waymarkAgencyId = null,
    name = `Pantry ${randomUUID().slice(0, 6)}`,
    visibility = 'SHARED',
    status = 'ACTIVE',
  }: { waymarkAgencyId?: string | null; name?: string; visibility?: string; status?: string } = {},
): Promise<{ id: string; name: string; organizationName: string }> {
  const organizationName = `Org of ${name}`;
  const [organization] = await t.db.query(`INSERT INTO organization (agency_id, name, visibility, waymark_agency_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
    keeper,
    organizationName,
    visibility,
    waymarkAgencyId,
  ]);
  const [service] = await t.db.query(`INSERT INTO service (agency_id, organization_id, name, status) VALUES ($1, $2, $3, $4) RETURNING id`, [
    keeper,
    organization.id,
    name,
    status,
  ]);
  return { id: service.id, name, organizationName };
}

export interface ReferralWorld {
  sender: TestAgency;
  receiver: TestAgency;
  third: TestAgency;
  /** Sender: caseManager (the client's), supervisor, auditor. Receiver: inboxWorker (case manager), intake, inboxAuditor. Third: outsider (admin). */
  people: Record<'admin' | 'caseManager' | 'supervisor' | 'auditor' | 'inboxWorker' | 'intake' | 'inboxAuditor' | 'outsider', Worker>;
  as: (who: keyof ReferralWorld['people']) => (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;
}

/** Three agencies: one that sends, one on Waymark that receives (its service in the shared directory), and one that must see nothing. */
export async function referralWorld(t: TestApp): Promise<ReferralWorld> {
  const [sender, receiver, third] = [await newAgency(t), await newAgency(t), await newAgency(t)];
  const people = await staff(t, {
    admin: sender.admin,
    caseManager: [sender, 'CASE_MANAGER'],
    supervisor: [sender, 'SUPERVISOR'],
    auditor: [sender, 'AUDITOR'],
    inboxWorker: [receiver, 'CASE_MANAGER'],
    intake: [receiver, 'INTAKE'],
    inboxAuditor: [receiver, 'AUDITOR'],
    outsider: third.admin,
  });
  return { sender, receiver, third, people, as: (who) => (query, variables) => t.gql(query, variables, { token: people[who].token }) };
}

export interface ReferredClientSetup {
  clientId: string;
  enrollmentId: string;
}

/** An active client of the sender on its case manager's caseload, with the enrollment a referral starts from. */
export async function clientToRefer(t: TestApp, world: ReferralWorld, details: Record<string, unknown> = {}): Promise<ReferredClientSetup> {
  const clientId = await newClient(t, world.people.admin.token, { status: 'ACTIVE', ...details });
  const enrollmentId = await onCaseload(t, world.people.admin.token, clientId, world.people.caseManager.id);
  return { clientId, enrollmentId };
}

/** The client's consent to share `categories` with `agencyId`, recorded by the sender's supervisor; its id and version. */
export function consentTo(t: TestApp, world: ReferralWorld, clientId: string, agencyId: string, categories: string[], overrides: Record<string, unknown> = {}) {
  const input = {
    clientId,
    categories,
    recipientKind: 'AGENCY',
    recipientAgencyId: agencyId,
    purpose: 'Referral to community services',
    effectiveFrom: day(-10),
    signatureMethod: 'WRITTEN',
    signedOn: day(-10),
    ...overrides,
  };
  return ok<{ id: string; version: number }>(world.as('supervisor')(RECORD_CONSENT, { input }));
}

/** The stored referral rows of a client, to show a refused change wrote nothing. */
export async function referralState(t: TestApp, clientId: string) {
  const referrals = await t.db.query(`SELECT id, status, version, consent_id FROM referral WHERE client_id = $1 ORDER BY created_at, id`, [clientId]);
  const steps = await t.db.query(`SELECT count(*)::int AS count FROM referral_step s JOIN referral r ON r.id = s.referral_id WHERE r.client_id = $1`, [clientId]);
  return { referrals, steps: steps[0].count };
}

/** The referral's audit rows in one agency's trail, oldest first. */
export function referralAudit(t: TestApp, referralId: string, agencyId: string) {
  return t.db.query(`SELECT action, actor_id, client_id, changes FROM audit_event WHERE entity_type = 'Referral' AND entity_id = $1 AND agency_id = $2 ORDER BY id`, [
    referralId,
    agencyId,
  ]);
}

/** The lines referrals wrote on the client's timeline, oldest first. */
export function referralTimeline(t: TestApp, clientId: string) {
  return t.db.query(`SELECT agency_id, summary, source_id, actor_id FROM client_timeline_entry WHERE client_id = $1 AND kind = 'REFERRAL' ORDER BY occurred_at, id`, [clientId]);
}
