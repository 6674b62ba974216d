/** How closely the people serving a client must watch; shown wherever the client appears. */
export const RiskLevel = {
  LOW: 'LOW',
  MODERATE: 'MODERATE',
  HIGH: 'HIGH',
} as const;
export type RiskLevel = (typeof RiskLevel)[keyof typeof RiskLevel];
export const RISK_LEVELS = Object.values(RiskLevel);

/** Warnings every worker who meets the client must see before they do. */
export const ClientFlag = {
  CRISIS: 'CRISIS',
  SAFETY_ALERT: 'SAFETY_ALERT',
  ALLERGY: 'ALLERGY',
  DO_NOT_VISIT_ALONE: 'DO_NOT_VISIT_ALONE',
} as const;
export type ClientFlag = (typeof ClientFlag)[keyof typeof ClientFlag];
export const CLIENT_FLAGS = Object.values(ClientFlag);
