import { Injectable } from '@nestjs/common';
import { AppConfig } from '@waymark/api/common';
import type { CodeableConcept, Coding, Identifier } from 'fhir/r4';

/** Standard code systems the views use, as FHIR R4 and its terminology name them. */
export const FHIR_SYSTEM = {
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  contactRole: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  goalPriority: 'http://terminology.hl7.org/CodeSystem/goal-priority',
  carePlanCategory: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category',
  taskCode: 'http://hl7.org/fhir/CodeSystem/task-code',
  dicom: 'http://dicom.nema.org/resources/ontology/DCM',
  auditEntityType: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  securitySourceType: 'http://terminology.hl7.org/CodeSystem/security-source-type',
} as const;

/** Our own code systems: local codes with no standard system. */
export type LocalCodeSystem =
  | 'client-status'
  | 'contact-kind'
  | 'consent-category'
  | 'signature-method'
  | 'life-domain'
  | 'referral-status'
  | 'referral-decline-reason'
  | 'referral-outcome'
  | 'audit-action'
  | 'audit-entity-type'
  | 'actor-type'
  | 'error-code';

/** What our ids are the ids of, each an identifier system of its own. */
export type LocalIdentifier = 'client' | 'client-number' | 'contact' | 'consent' | 'care-plan' | 'goal' | 'referral' | 'agency' | 'actor' | 'record';

/**
 * The URIs of our own code and identifier systems, under one base (FHIR_SYSTEM_BASE) so an
 * installation names them under its own domain: `{base}/CodeSystem/{name}` and `{base}/identifier/{name}`.
 */
@Injectable()
export class FhirSystems {
  private readonly base: string;

  constructor(config: AppConfig) {
    this.base = config.FHIR_SYSTEM_BASE.replace(/\/+$/, '');
  }

  codeSystem(name: LocalCodeSystem): string {
    return `${this.base}/CodeSystem/${name}`;
  }

  identifier(name: LocalIdentifier, value: string): Identifier {
    return { system: `${this.base}/identifier/${name}`, value };
  }

  coding(name: LocalCodeSystem, code: string): Coding {
    return { system: this.codeSystem(name), code };
  }

  concept(name: LocalCodeSystem, code: string, text?: string): CodeableConcept {
    return { coding: [this.coding(name, code)], ...(text ? { text } : {}) };
  }
}
