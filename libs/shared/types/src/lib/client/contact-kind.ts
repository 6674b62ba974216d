/** Who a person in the client's support network is to them; the relationship text says the rest. */
export const ContactKind = {
  FAMILY: 'FAMILY',
  FRIEND: 'FRIEND',
  GUARDIAN: 'GUARDIAN',
  REPRESENTATIVE: 'REPRESENTATIVE',
  /** Physician, therapist, nurse, school, employer and other people serving the client. */
  PROFESSIONAL: 'PROFESSIONAL',
} as const;
export type ContactKind = (typeof ContactKind)[keyof typeof ContactKind];
export const CONTACT_KINDS = Object.values(ContactKind);
