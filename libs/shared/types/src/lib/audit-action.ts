/** What an audit event records. Later contexts add to this list; never rename a value. */
export const AuditAction = {
  READ: 'READ',
  CREATE: 'CREATE',
  UPDATE: 'UPDATE',
  DELETE: 'DELETE',
  EXPORT: 'EXPORT',
  IMPORT: 'IMPORT',
  LOGIN: 'LOGIN',
  LOGIN_FAILED: 'LOGIN_FAILED',
  LOGOUT: 'LOGOUT',
  LOCKOUT: 'LOCKOUT',
  TOKEN_REUSE: 'TOKEN_REUSE',
  PASSWORD_CHANGE: 'PASSWORD_CHANGE',
  VERIFY: 'VERIFY',
  /** A user opened a client's record they had no access to, in an emergency, giving a reason. */
  BREAK_GLASS: 'BREAK_GLASS',
  /** One HTTP request made with an API key: what it called and how that went (never its variables or data). */
  API_CALL: 'API_CALL',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const ActorType = {
  USER: 'USER',
  API_CLIENT: 'API_CLIENT',
  SYSTEM: 'SYSTEM',
  ANONYMOUS: 'ANONYMOUS',
} as const;
export type ActorType = (typeof ActorType)[keyof typeof ActorType];
