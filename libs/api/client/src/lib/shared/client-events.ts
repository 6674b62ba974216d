import type { ClosureBlocker, FundRequestStatus } from '@waymark/shared/types';
import type { EnrollmentFact, NoteFact } from './client-facts';

/**
 * Domain events the client context emits (on @nestjs/event-emitter's bus, awaited inside the
 * request's transaction) so contexts above it can react without this one importing them.
 * Listeners use `@OnEvent(name, { suppressErrors: false })`: a listener that fails fails the
 * change that emitted it.
 */
export const ClientEvent = {
  /** An enrollment was opened: EnrollmentEvent. */
  ENROLLMENT_OPENED: 'client.enrollment.opened',
  /** An enrollment's status or primary case manager changed (closing included): EnrollmentChangedEvent. */
  ENROLLMENT_CHANGED: 'client.enrollment.changed',
  /**
   * An enrollment is about to close: EnrollmentClosingEvent. Each listener returns the
   * ClosureBlocker[] its context knows of; any blocker refuses the closure (CLOSURE_BLOCKED).
   */
  ENROLLMENT_CLOSING: 'client.enrollment.closing',
  /** A case note was recorded or signed: NoteEvent. */
  NOTE_RECORDED: 'client.note.recorded',
  /** A trust-fund request was made and waits for a supervisor: FundRequestEvent. */
  FUND_REQUESTED: 'client.fund.requested',
  /** A trust-fund request was approved, refused or cancelled: FundRequestEvent. */
  FUND_REQUEST_DECIDED: 'client.fund.decided',
} as const;

export interface EnrollmentEvent {
  enrollment: EnrollmentFact;
}

export interface EnrollmentChangedEvent {
  before: EnrollmentFact;
  after: EnrollmentFact;
}

export interface EnrollmentClosingEvent {
  enrollment: EnrollmentFact;
  closedOn: string;
}

export type ClosingListenerResult = ClosureBlocker[];

export interface NoteEvent {
  note: NoteFact;
}

/** What the worklist needs of a trust-fund request. */
export interface FundRequestFact {
  id: string;
  clientId: string;
  amountCents: number;
  neededBy: string;
  status: FundRequestStatus;
}

export interface FundRequestEvent {
  request: FundRequestFact;
}
