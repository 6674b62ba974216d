import { ErrorCode } from '@waymark/shared/types';
import type { OperationOutcome } from 'fhir/r4';
import type { FhirSystems } from './fhir-systems';

/** The HTTP status and FHIR issue type (http://hl7.org/fhir/issue-type) for each of our error codes. */
export const FHIR_ERROR: Record<ErrorCode, { status: number; issue: OperationOutcome['issue'][number]['code'] }> = {
  [ErrorCode.UNAUTHENTICATED]: { status: 401, issue: 'login' },
  [ErrorCode.FORBIDDEN]: { status: 403, issue: 'forbidden' },
  [ErrorCode.BAD_USER_INPUT]: { status: 400, issue: 'invalid' },
  [ErrorCode.NOT_FOUND]: { status: 404, issue: 'not-found' },
  [ErrorCode.CONFLICT]: { status: 409, issue: 'conflict' },
  [ErrorCode.RATE_LIMITED]: { status: 429, issue: 'throttled' },
  [ErrorCode.INTERNAL]: { status: 500, issue: 'exception' },
};

/** One error issue; `code` (our ErrorCode) is repeated in details so a caller can branch on it as on GraphQL's extensions.code. */
export function operationOutcome(code: ErrorCode, message: string, systems: FhirSystems): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: FHIR_ERROR[code].issue, details: { coding: [systems.coding('error-code', code)], text: message }, diagnostics: message }],
  };
}
