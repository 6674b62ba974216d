/** One unauthenticated call per audit-viewer and break-the-glass operation, for the policy spec. */
export const probes: Record<string, string> = {
  clientViewers: '{ clientViewers(clientId: "00000000-0000-0000-0000-000000000000") { actorId } }',
  exportAuditEvents: 'mutation { exportAuditEvents { csv } }',
  auditActors: '{ auditActors { id } }',
  breakGlass: 'mutation { breakGlass(input: { clientId: "00000000-0000-0000-0000-000000000000", reason: "r" }) { id } }',
};
