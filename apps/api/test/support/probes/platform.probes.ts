/** One unauthenticated call per operation of the platform (identity, audit), for the policy spec. */
export const probes: Record<string, string> = {
  me: '{ me { user { id } } }',
  users: '{ users { totalCount } }',
  user: '{ user(id: "00000000-0000-0000-0000-000000000000") { id } }',
  auditEvents: '{ auditEvents { pageInfo { hasNextPage } } }',
  verifyAuditChain: '{ verifyAuditChain { intact } }',
  logout: 'mutation { logout }',
  changePassword: 'mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) }',
  createUser: 'mutation { createUser(input: { email: "a@b.test", displayName: "A", role: INTAKE, password: "Some-Long-Password-1" }) { id } }',
  changeUserRole: 'mutation { changeUserRole(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1, role: ADMIN }) { id } }',
  deactivateUser: 'mutation { deactivateUser(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
  reactivateUser: 'mutation { reactivateUser(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
  resetUserPassword: 'mutation { resetUserPassword(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1, newPassword: "Some-Long-Password-1" }) { id } }',
  unlockUser: 'mutation { unlockUser(input: { userId: "00000000-0000-0000-0000-000000000000", version: 1 }) { id } }',
};
