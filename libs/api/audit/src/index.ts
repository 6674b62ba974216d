export { AuditModule } from './lib/audit.module';
export { AuditTrail, openReadBuffer, type AuditRecord } from './lib/audit-trail.service';
export { SystemContext } from './lib/system-context';
export { AuditSealer } from './lib/audit-sealer.service';
export { AuditVerifier, type ChainReport } from './lib/audit-verifier.service';
export { PLATFORM_CHAIN } from './lib/audit-chain';
export type { FieldChanges } from './lib/redact';
export { changedFields, createdChanges, textByLength, writeChanges } from './lib/field-changes';
