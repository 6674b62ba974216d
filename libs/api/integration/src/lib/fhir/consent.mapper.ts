import type { ConsentFact } from '@waymark/api/client';
import { CONSENT_FHIR_STATUS, consentState } from '@waymark/shared/types';
import type { Consent, Reference } from 'fhir/r4';
import { FHIR_SYSTEM, type FhirSystems } from './fhir-systems';

/**
 * A release of information as a FHIR privacy Consent: an opt-in permit, for the period signed,
 * of the listed categories of data (provision.code, our categories) to the recipient named on
 * the form (provision.actor, the information recipient). A revoked or expired one is inactive.
 * The purpose in the form's words has no place (provision.purpose is coded) and is left out.
 */
export function toConsent(consent: ConsentFact, today: string, systems: FhirSystems): Consent {
  const recipient: Reference = consent.recipientContactId
    ? { reference: `RelatedPerson/${consent.recipientContactId}`, display: consent.recipientName }
    : consent.recipientAgencyId
      ? { identifier: systems.identifier('agency', consent.recipientAgencyId), display: consent.recipientName }
      : { display: consent.recipientName };
  return {
    resourceType: 'Consent',
    id: consent.id,
    meta: { versionId: String(consent.version), lastUpdated: consent.updatedAt.toISOString() },
    identifier: [systems.identifier('consent', consent.id)],
    status: CONSENT_FHIR_STATUS[consentState(consent, today)],
    scope: { coding: [{ system: FHIR_SYSTEM.consentScope, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [
      { coding: [{ system: FHIR_SYSTEM.loinc, code: '59284-0', display: 'Patient Consent' }] },
      { coding: [{ system: FHIR_SYSTEM.actCode, code: 'IDSCL', display: 'information disclosure' }] },
    ],
    patient: { reference: `Patient/${consent.clientId}` },
    dateTime: consent.signedOn,
    policyRule: { coding: [{ system: FHIR_SYSTEM.actCode, code: 'OPTIN', display: 'opt-in' }] },
    provision: {
      type: 'permit',
      period: { start: consent.effectiveFrom, ...(consent.effectiveUntil ? { end: consent.effectiveUntil } : {}) },
      actor: [{ role: { coding: [{ system: FHIR_SYSTEM.participationType, code: 'IRCP', display: 'information recipient' }] }, reference: recipient }],
      code: consent.categories.map((category) => ({ coding: [systems.coding('consent-category', category)] })),
    },
  };
}
