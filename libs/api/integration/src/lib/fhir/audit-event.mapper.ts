import type { AuditEventFact } from '@waymark/api/audit';
import { ActorType, AUDIT_FHIR_ACTION, AUDIT_FHIR_TYPE, AuditAction, auditFhirOutcome } from '@waymark/shared/types';
import type { AuditEvent, AuditEventAgent, AuditEventEntity } from 'fhir/r4';
import { FHIR_SYSTEM, type FhirSystems } from './fhir-systems';

const isAuditAction = (action: string): action is AuditAction => action in AUDIT_FHIR_ACTION;

/**
 * An event of the client's trail as a FHIR AuditEvent: its DICOM type and our action, who did
 * it from which address (and why, when they gave a reason), whether it failed (a refused sign-in
 * or call), and what it was about (the client,
 * and the record by our entity type and id). What changed is left out: the trail keeps it
 * redacted, and a FHIR reader has no use for our field names.
 */
export function toAuditEvent(event: AuditEventFact, systems: FhirSystems): AuditEvent {
  const action = isAuditAction(event.action) ? event.action : AuditAction.READ;
  const agent: AuditEventAgent = {
    type: { coding: [systems.coding('actor-type', event.actorType)] },
    ...(event.actorId ? { who: { identifier: systems.identifier('actor', event.actorId) } } : {}),
    requestor: event.actorType === ActorType.USER || event.actorType === ActorType.API_CLIENT,
    ...(event.ip ? { network: { address: event.ip, type: '2' as const } } : {}),
    ...(event.reason
      ? { purposeOfUse: [{ ...(action === AuditAction.BREAK_GLASS ? { coding: [{ system: FHIR_SYSTEM.actReason, code: 'ETREAT', display: 'Emergency Treatment' }] } : {}), text: event.reason }] }
      : {}),
  };
  const entity: AuditEventEntity[] = [];
  if (event.clientId) entity.push({ what: { reference: `Patient/${event.clientId}` }, type: { system: FHIR_SYSTEM.auditEntityType, code: '1', display: 'Person' } });
  if (event.entityType) {
    entity.push({
      // Our record by its type and id, e.g. CarePlan/…: the trail names records of every context, not only those with a FHIR view.
      what: event.entityId ? { identifier: systems.identifier('record', `${event.entityType}/${event.entityId}`) } : { display: event.entityType },
      type: systems.coding('audit-entity-type', event.entityType),
    });
  }
  return {
    resourceType: 'AuditEvent',
    id: event.id,
    type: { system: FHIR_SYSTEM.dicom, ...AUDIT_FHIR_TYPE[action] },
    subtype: [systems.coding('audit-action', event.action)],
    action: AUDIT_FHIR_ACTION[action],
    recorded: event.occurredAt.toISOString(),
    outcome: auditFhirOutcome(event.action, event.callOutcome),
    agent: [agent],
    source: {
      observer: { display: 'Waymark' },
      type: [{ system: FHIR_SYSTEM.securitySourceType, code: '4', display: 'Application Server' }],
    },
    ...(entity.length ? { entity } : {}),
  };
}
