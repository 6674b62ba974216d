import { seedId } from './seed-ids';
import type { ConsentCategory, ConsentRecipientKind, SignatureMethod } from '@waymark/shared/types';
import { timelineLine } from '@waymark/api/client';
import type { ProgramCode } from './demo-programs';
import { atWorkHour } from './plan-history';
import type { PlanContext, PlannedEnrollment } from './plan-services';
import type { ConsentRow, ContactRow } from './seed-rows';

const DAY_MS = 24 * 3600_000;

/** What each program's coordination needs shared with the organizations that serve its clients. */
const ORGANIZATION_RELEASE: Record<ProgramCode, { categories: ConsentCategory[]; purpose: string }> = {
  HCBS: { categories: ['DEMOGRAPHICS', 'MEDICAL', 'CARE_PLAN', 'BENEFITS'], purpose: 'Coordinate in-home supports with the primary care team' },
  FC: { categories: ['DEMOGRAPHICS', 'EDUCATION', 'MEDICAL', 'CASE_NOTES'], purpose: 'Case planning with the county child welfare agency' },
  SHL: { categories: ['DEMOGRAPHICS', 'ASSESSMENTS', 'CARE_PLAN', 'MEDICAL'], purpose: 'Coordinate supported living services and ICAP renewal' },
  BH: { categories: ['DEMOGRAPHICS', 'MENTAL_HEALTH', 'CASE_NOTES', 'CARE_PLAN'], purpose: 'Coordinate behavioral health treatment' },
  DCM: { categories: ['DEMOGRAPHICS', 'CONTACT_INFO', 'BENEFITS', 'REFERRALS'], purpose: 'Disaster recovery assistance from partner organizations' },
};

const REVOKE_REASONS = ['Client asked to stop sharing with this recipient', 'Client no longer sees this provider', 'Guardian withdrew consent'];

function calendarDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Releases of information signed when services began: with an organization that serves the
 * client, often with family, now and then with another agency on Waymark. A year long (some
 * open-ended), so older ones have expired; a few revoked; a few signed but not yet in force.
 */
export function planConsents(ctx: PlanContext, client: { id: string; program: ProgramCode; since: Date }, enrollments: PlannedEnrollment[], contacts: ContactRow[]): void {
  const { r, now, area, records, staff } = ctx;
  const first = enrollments.find((e) => e.primary);
  if (!first) return;
  const worker = first.assignments[0].case_manager_id;
  const recipients: { kind: ConsentRecipientKind; name: string; contactId?: string; agencyId?: string; categories: ConsentCategory[]; purpose: string }[] = [];
  if (r.chance(0.75)) {
    const release = ORGANIZATION_RELEASE[client.program];
    const name = client.program === 'FC' ? area.countyOffice : r.pick(area.clinics);
    recipients.push({ kind: 'ORGANIZATION', name, ...release });
  }
  const family = contacts.find((c) => c.kind === 'FAMILY' && c.may_share_information);
  if (family && r.chance(0.4)) {
    recipients.push({ kind: 'PERSON', name: family.name, contactId: family.id, categories: ['CONTACT_INFO', 'CARE_PLAN'], purpose: 'Keep family informed of appointments and the care plan' });
  }
  if (ctx.otherAgency && r.chance(0.08)) {
    recipients.push({
      kind: 'AGENCY',
      name: ctx.otherAgency.name,
      agencyId: ctx.otherAgency.id,
      categories: ['DEMOGRAPHICS', 'CONTACT_INFO', 'ASSESSMENTS', 'REFERRALS'],
      purpose: `Referral for services at ${ctx.otherAgency.name}`,
    });
  }
  for (const recipient of recipients) {
    const signedAt = atWorkHour(r, new Date(Math.max(first.servedFrom.getTime() - r.int(0, 3) * DAY_MS, client.since.getTime() + DAY_MS)), now);
    const signedOn = calendarDate(signedAt);
    // A consent signed in the last fortnight sometimes starts next week: PENDING until then.
    const startsLater = now.getTime() - signedAt.getTime() < 14 * DAY_MS && r.chance(0.3);
    const from = startsLater ? new Date(signedAt.getTime() + r.int(7, 14) * DAY_MS) : signedAt;
    const until = r.chance(0.8) ? calendarDate(new Date(from.getTime() + 365 * DAY_MS)) : null;
    const method: SignatureMethod = r.weighted({ WRITTEN: 6, ELECTRONIC: 3, VERBAL: 1 });
    const revokeAt = from.getTime() + r.int(20, 300) * DAY_MS;
    const revoked = !startsLater && revokeAt < now.getTime() && r.chance(0.06);
    const consent: ConsentRow = {
      id: seedId(),
      client_id: client.id,
      categories: recipient.categories,
      recipient_kind: recipient.kind,
      recipient_contact_id: recipient.contactId ?? null,
      recipient_agency_id: recipient.agencyId ?? null,
      recipient_name: recipient.name,
      purpose: recipient.purpose,
      effective_from: calendarDate(from),
      effective_until: until,
      signature_method: method,
      signed_on: signedOn,
      document_reference: method === 'WRITTEN' ? `ROI-${signedOn.slice(0, 4)}-${String(r.int(1, 99999)).padStart(5, '0')}.pdf` : method === 'ELECTRONIC' ? `e-signature envelope ${r.int(0x10000000, 0x7fffffff).toString(16).toUpperCase()}` : null,
      revoked_at: revoked ? new Date(revokeAt) : null,
      revoked_reason: revoked ? r.pick(REVOKE_REASONS) : null,
      revoked_by: revoked ? worker : null,
      created_by: r.chance(0.5) ? worker : r.pick(staff.intake).id,
      created_at: signedAt,
    };
    records.consents.push(consent);
    records.timeline.push({ client_id: client.id, occurred_at: signedAt, kind: 'CONSENT', source_type: 'Consent', source_id: consent.id, summary: timelineLine.consentRecorded(recipient.kind), actor_id: consent.created_by });
    if (consent.revoked_at) {
      records.timeline.push({ client_id: client.id, occurred_at: consent.revoked_at, kind: 'CONSENT', source_type: 'Consent', source_id: consent.id, summary: timelineLine.consentRevoked(recipient.kind), actor_id: worker });
    }
  }
}
