import type { PersonFact } from '@waymark/api/client';
import { ClientStatus, fhirGender } from '@waymark/shared/types';
import type { Address, ContactPoint, HumanName, Patient } from 'fhir/r4';
import type { FhirSystems } from './fhir-systems';

/** A client who left services (discharged, closed) or was merged into another record is no longer an active record. */
const INACTIVE: readonly string[] = [ClientStatus.DISCHARGED, ClientStatus.CLOSED];

/**
 * Our client as a FHIR Patient: names (legal as official, preferred as usual), administrative
 * gender, birth date, how to reach them, their language; a merged record links to the one it
 * was merged into. Identifiers (SSN, Medicaid ids), flags and intake notes are not shared.
 */
export function toPatient(person: PersonFact, systems: FhirSystems): Patient {
  const name: HumanName[] = [{ use: 'official', family: person.legalLastName, given: [person.legalFirstName] }];
  if (person.preferredName) name.push({ use: 'usual', family: person.legalLastName, given: [person.preferredName] });
  const telecom: ContactPoint[] = [];
  if (person.phone) telecom.push({ system: 'phone', value: person.phone });
  if (person.email) telecom.push({ system: 'email', value: person.email });
  const line = [person.addressLine1, person.addressLine2].filter((part): part is string => !!part);
  const address: Address | null =
    line.length || person.city || person.region || person.postalCode
      ? {
          use: 'home',
          ...(line.length ? { line } : {}),
          ...(person.city ? { city: person.city } : {}),
          ...(person.region ? { state: person.region } : {}),
          ...(person.postalCode ? { postalCode: person.postalCode } : {}),
        }
      : null;
  return {
    resourceType: 'Patient',
    id: person.id,
    // The record's status in our words (intake, active, on hold…) rides as a tag: Patient has no element for it.
    meta: { versionId: String(person.version), lastUpdated: person.updatedAt.toISOString(), tag: [systems.coding('client-status', person.status)] },
    identifier: [
      { use: 'official', ...systems.identifier('client-number', person.clientNumber) },
      { use: 'secondary', ...systems.identifier('client', person.id) },
    ],
    active: !INACTIVE.includes(person.status) && !person.mergedIntoId,
    name,
    ...(telecom.length ? { telecom } : {}),
    gender: fhirGender(person.gender),
    ...(person.dateOfBirth ? { birthDate: person.dateOfBirth } : {}),
    ...(address ? { address: [address] } : {}),
    ...(person.primaryLanguage ? { communication: [{ language: { text: person.primaryLanguage }, preferred: true }] } : {}),
    ...(person.mergedIntoId ? { link: [{ other: { reference: `Patient/${person.mergedIntoId}` }, type: 'replaced-by' }] } : {}),
  };
}
