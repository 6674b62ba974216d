import type { ClientStatus, EnrollmentStatus, NoteType, ProgramRules } from '@waymark/shared/types';

/**
 * What the client context tells the contexts above it (care planning, referrals) about its
 * records: plain values, never entities, so their shape can change here without breaking them.
 */
export interface ClientFact {
  id: string;
  clientNumber: string;
  status: ClientStatus;
  /** Preferred first name (or legal) and legal last name, as lists and letters show it. */
  displayName: string;
  mergedIntoId: string | null;
}

/** Who the client is and how to reach them, for a context that shares it under the client's consent (a referral). */
export interface ClientDetailsFact {
  id: string;
  dateOfBirth: string | null;
  primaryLanguage: string | null;
  phone: string | null;
  email: string | null;
  /** The postal address on one line, or null when none is recorded. */
  address: string | null;
}

export interface EnrollmentFact {
  id: string;
  clientId: string;
  programId: string;
  programName: string;
  status: EnrollmentStatus;
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  primaryCaseManagerId: string | null;
  /** The row version, for a context that passes a change on to the enrollment. */
  version: number;
}

export interface ProgramFact {
  id: string;
  code: string;
  name: string;
  rules: ProgramRules;
}

/** A documented contact, as the care-plan context counts visits and links progress. */
export interface NoteFact {
  id: string;
  clientId: string;
  enrollmentId: string | null;
  authorId: string;
  noteType: NoteType;
  occurredAt: Date;
  signed: boolean;
}

/** A person in a client's support network, as a context that names them (a trainee) sees them. */
export interface ContactFact {
  id: string;
  clientId: string;
  name: string;
  relationship: string;
  archived: boolean;
}
