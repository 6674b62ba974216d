import { BadInputError } from '@waymark/api/common';
import { FHIR_AUDIT_EVENTS_DEFAULT, FHIR_AUDIT_EVENTS_MAX } from './fhir-records.service';

export type FhirQuery = Record<string, string | string[] | undefined>;

/**
 * Refuses a search parameter this server does not serve: ignored, it would hand over an
 * unfiltered answer a reader takes for a filtered one (the self link names what was asked).
 * BAD_USER_INPUT naming each, answered as a 400 OperationOutcome.
 */
export function onlyParams(query: FhirQuery, ...served: string[]): void {
  const unknown = Object.keys(query).filter((name) => !served.includes(name));
  if (!unknown.length) return;
  const what = served.length ? `This search takes ${served.join(' and ')} only.` : 'This operation takes no parameters.';
  throw new BadInputError(`${what} Not served: ${unknown.join(', ')}.`, unknown.map((field) => ({ field, message: 'is not a search parameter served here' })));
}

/** The client a search is about: `patient={id}`, `patient=Patient/{id}` or the Patient's absolute URL. Required, once. */
export function patientParam(query: FhirQuery): string {
  const value = query['patient'];
  if (typeof value !== 'string' || !value.trim()) {
    throw new BadInputError('Search by the client: patient={id} or patient=Patient/{id}.', [{ field: 'patient', message: 'is required, once' }]);
  }
  const match = /(?:^|\/)Patient\/([^/]+)$/.exec(value.trim());
  return match ? match[1] : value.trim();
}

/** `_count` of an AuditEvent search: a whole number from 1 to FHIR_AUDIT_EVENTS_MAX, FHIR_AUDIT_EVENTS_DEFAULT when absent. */
export function countParam(query: FhirQuery): number {
  const value = query['_count'];
  if (value === undefined) return FHIR_AUDIT_EVENTS_DEFAULT;
  const count = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(count >= 1 && count <= FHIR_AUDIT_EVENTS_MAX)) {
    throw new BadInputError(`_count must be a whole number from 1 to ${FHIR_AUDIT_EVENTS_MAX}.`, [{ field: '_count', message: `must be 1 to ${FHIR_AUDIT_EVENTS_MAX}` }]);
  }
  return count;
}
