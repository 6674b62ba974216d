import { AuditAction } from './audit-action';
import { Role } from './role';

/** How closely a reviewer should look at an event. */
export const AuditSeverity = {
  NORMAL: 'NORMAL',
  HIGH: 'HIGH',
} as const;
export type AuditSeverity = (typeof AuditSeverity)[keyof typeof AuditSeverity];

/**
 * The actions a reviewer looks at first: someone opened a record they had no access to,
 * a stolen refresh token was replayed, an account was locked after repeated failures, data
 * left the system in bulk, or a record was deleted.
 */
export const HIGH_SEVERITY_ACTIONS: readonly AuditAction[] = [
  AuditAction.BREAK_GLASS,
  AuditAction.TOKEN_REUSE,
  AuditAction.LOCKOUT,
  AuditAction.EXPORT,
  AuditAction.DELETE,
];

/** The change a read made only through emergency access carries: the grant that let it through. */
export const EMERGENCY_GRANT_CHANGE = 'emergencyGrantId';

/** An event's severity: a high action, or a read that only emergency access allowed. */
export function auditSeverity(action: string, changes?: unknown): AuditSeverity {
  if ((HIGH_SEVERITY_ACTIONS as readonly string[]).includes(action)) return AuditSeverity.HIGH;
  return changes && typeof changes === 'object' && EMERGENCY_GRANT_CHANGE in changes ? AuditSeverity.HIGH : AuditSeverity.NORMAL;
}

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AuditAction);

/** Who reads the agency's audit trail and a client's access log. */
export const AUDIT_TRAIL_ROLES: readonly Role[] = [Role.ADMIN, Role.AUDITOR];

/** The most users the trail's user filter offers, by name (an agency past it filters by record or time). */
export const AUDIT_ACTORS_MAX = 5000;

/** The most events one CSV export carries; narrow the filter for more. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

/** The most actions one audit filter names. */
export const AUDIT_FILTER_ACTIONS_MAX = AUDIT_ACTIONS.length;
