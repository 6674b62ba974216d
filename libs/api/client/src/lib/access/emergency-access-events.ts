/**
 * Someone broke the glass on a client (EmergencyAccess.breakGlass): emitted inside the
 * grant's transaction so the worklist puts the review before the supervisors with it.
 */
export const EMERGENCY_ACCESS_GRANTED = 'client.emergency-access.granted';

export interface EmergencyAccessGrantedEvent {
  grantId: string;
  clientId: string;
  clientNumber: string;
  userId: string;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
}
