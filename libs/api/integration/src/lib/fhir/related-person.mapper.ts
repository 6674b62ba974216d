import type { ContactDetailFact } from '@waymark/api/client';
import { CONTACT_KIND_FHIR_ROLE } from '@waymark/shared/types';
import type { CodeableConcept, ContactPoint, RelatedPerson } from 'fhir/r4';
import { FHIR_SYSTEM, type FhirSystems } from './fhir-systems';

/**
 * A person of the client's support network as a FHIR RelatedPerson: the relationship in the
 * worker's words with its standard role where one says it, and whether they are the emergency
 * contact; one no longer in the network is inactive. The worker's notes about them are not shared.
 */
export function toRelatedPerson(contact: ContactDetailFact, systems: FhirSystems): RelatedPerson {
  const role = CONTACT_KIND_FHIR_ROLE[contact.kind];
  const relationship: CodeableConcept[] = [
    {
      coding: [systems.coding('contact-kind', contact.kind), ...(role ? [{ system: FHIR_SYSTEM.roleCode, ...role }] : [])],
      text: contact.relationship,
    },
  ];
  if (contact.emergencyContact) relationship.push({ coding: [{ system: FHIR_SYSTEM.contactRole, code: 'C', display: 'Emergency Contact' }] });
  const telecom: ContactPoint[] = [];
  if (contact.phone) telecom.push({ system: 'phone', value: contact.phone });
  if (contact.email) telecom.push({ system: 'email', value: contact.email });
  return {
    resourceType: 'RelatedPerson',
    id: contact.id,
    meta: { versionId: String(contact.version), lastUpdated: contact.updatedAt.toISOString() },
    identifier: [systems.identifier('contact', contact.id)],
    active: !contact.archived,
    patient: { reference: `Patient/${contact.clientId}` },
    relationship,
    name: [{ text: contact.name }],
    ...(telecom.length ? { telecom } : {}),
    ...(contact.address ? { address: [{ text: contact.address }] } : {}),
  };
}
