/** Numbers that identify a client to other systems. Stored encrypted; shown only by their last four characters. */
export const IdentifierKind = {
  MEDICAID: 'MEDICAID',
  SSN: 'SSN',
  STATE_ID: 'STATE_ID',
  OTHER: 'OTHER',
} as const;
export type IdentifierKind = (typeof IdentifierKind)[keyof typeof IdentifierKind];
export const IDENTIFIER_KINDS = Object.values(IdentifierKind);

/** Values shorter than this are masked whole: their last four characters would give them away. */
export const IDENTIFIER_SHOW_LAST4_MIN_LENGTH = 8;

/** How an identifier appears on screen: `•••• 1234`, never the value. */
export function maskIdentifier(last4: string): string {
  return last4 ? `•••• ${last4}` : '••••';
}
