/** The audit trail's field-change helpers, where the client context's records have long found them. */
export { changedFields, createdChanges, textByLength, writeChanges } from '@waymark/api/audit';
