import type { ReferralRecordFact } from '@waymark/api/referral';
import { REFERRAL_FHIR_PRIORITY, REFERRAL_FHIR_REQUEST_STATUS, REFERRAL_FHIR_TASK_STATUS, referralLabel } from '@waymark/shared/types';
import type { Reference, ServiceRequest, Task } from 'fhir/r4';
import { FHIR_SYSTEM, type FhirSystems } from './fhir-systems';

/** The organization the referral went to: on Waymark, by its agency id; otherwise by the name the referral was made to. */
function receiver(referral: ReferralRecordFact, systems: FhirSystems): Reference | null {
  const display = referral.organizationName ?? referral.providerName ?? undefined;
  if (referral.receiverAgencyId) return { identifier: systems.identifier('agency', referral.receiverAgencyId), ...(display ? { display } : {}) };
  return display ? { display } : null;
}

/** Who sent a referral, by name: the sending agency's and its case manager's (null when unknown). */
export interface ReferralSender {
  agencyName: string | null;
  caseManagerName: string | null;
}

/** The sending agency, as an Organization on Waymark: by its agency id, with its name. */
function sendingAgency(referral: ReferralRecordFact, sender: ReferralSender, systems: FhirSystems): Reference {
  return { type: 'Organization', identifier: systems.identifier('agency', referral.agencyId), ...(sender.agencyName ? { display: sender.agencyName } : {}) };
}

/**
 * Who asked: the case manager who sent it (by our actor id, with their name and agency), or the
 * sending agency when no person is known. A PractitionerRole, as the pattern's requester is.
 */
function requestingPerson(referral: ReferralRecordFact, sender: ReferralSender, systems: FhirSystems): Reference {
  if (!referral.requesterId) return sendingAgency(referral, sender, systems);
  const display = [sender.caseManagerName, sender.agencyName].filter(Boolean).join(', ');
  return { type: 'PractitionerRole', identifier: systems.identifier('actor', referral.requesterId), ...(display ? { display } : {}) };
}

/**
 * What was asked, as the closed-loop social-care referral pattern (Gravity Project, SDOH
 * Clinical Care) writes it: a ServiceRequest (intent `order`, a social service procedure) for
 * the client, by the case manager who sent it, to the receiving organization, with the reason and
 * the needs it is for, and the Consent it was sent under as its supporting information.
 */
export function toServiceRequest(referral: ReferralRecordFact, sender: ReferralSender, systems: FhirSystems): ServiceRequest {
  const performer = receiver(referral, systems);
  return {
    resourceType: 'ServiceRequest',
    id: referral.id,
    meta: { versionId: String(referral.version), lastUpdated: referral.updatedAt.toISOString() },
    identifier: [systems.identifier('referral', referral.id)],
    status: REFERRAL_FHIR_REQUEST_STATUS[referral.status],
    intent: 'order',
    category: [{ coding: [{ system: FHIR_SYSTEM.snomed, code: '410606002', display: 'Social service procedure' }] }],
    priority: REFERRAL_FHIR_PRIORITY[referral.urgency],
    code: { text: referralLabel(referral) || 'Community service referral' },
    subject: { reference: `Patient/${referral.clientId}` },
    ...(referral.appointmentAt ? { occurrenceDateTime: referral.appointmentAt.toISOString() } : {}),
    authoredOn: (referral.sentAt ?? referral.createdAt).toISOString(),
    requester: requestingPerson(referral, sender, systems),
    ...(performer ? { performer: [performer] } : {}),
    reasonCode: [referral.reason, ...referral.needs].filter((text) => text.trim()).map((text) => ({ text })),
    ...(referral.consentId ? { supportingInfo: [{ reference: `Consent/${referral.consentId}` }] } : {}),
  };
}

/**
 * Its fulfilment: a Task (intent `order`, code `fulfill`) whose focus is the ServiceRequest,
 * requested by the sending agency, owned by the receiving organization, its status our referral's status as the shared table
 * maps it (REFERRAL_FHIR_TASK_STATUS), with why it was declined and how it ended.
 */
export function toTask(referral: ReferralRecordFact, sender: ReferralSender, systems: FhirSystems): Task {
  const owner = receiver(referral, systems);
  const ended = referral.closedAt ?? null;
  return {
    resourceType: 'Task',
    id: referral.id,
    meta: { versionId: String(referral.version), lastUpdated: referral.updatedAt.toISOString() },
    identifier: [systems.identifier('referral', referral.id)],
    basedOn: [{ reference: `ServiceRequest/${referral.id}` }],
    status: REFERRAL_FHIR_TASK_STATUS[referral.status],
    businessStatus: { coding: [systems.coding('referral-status', referral.status)] },
    ...(referral.declineReason ? { statusReason: { coding: [systems.coding('referral-decline-reason', referral.declineReason)] } } : {}),
    intent: 'order',
    priority: REFERRAL_FHIR_PRIORITY[referral.urgency],
    code: { coding: [{ system: FHIR_SYSTEM.taskCode, code: 'fulfill', display: 'Fulfill the focal request' }] },
    focus: { reference: `ServiceRequest/${referral.id}` },
    for: { reference: `Patient/${referral.clientId}` },
    ...(referral.sentAt ? { executionPeriod: { start: referral.sentAt.toISOString(), ...(ended ? { end: ended.toISOString() } : {}) } } : {}),
    authoredOn: referral.createdAt.toISOString(),
    lastModified: referral.statusChangedAt.toISOString(),
    requester: sendingAgency(referral, sender, systems),
    ...(owner ? { owner } : {}),
    ...(referral.outcome ? { output: [{ type: { text: 'Outcome' }, valueCodeableConcept: { coding: [systems.coding('referral-outcome', referral.outcome)] } }] } : {}),
  };
}
