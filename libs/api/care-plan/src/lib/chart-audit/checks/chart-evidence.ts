import type { ChartConsentFact, ChartNoteFact } from '@waymark/api/client';
import type { ReferralFact } from '@waymark/api/referral';
import type { ChartAuditResult } from '@waymark/shared/types';

/** What the system knows of one chart when it pre-fills the checklist, read for all sampled charts at once (ChartAuditFacts). */
export interface ChartEvidence {
  /** The day the chart is judged as of: the quarter's last day, or today while the quarter runs, or the day the enrollment closed if earlier. */
  asOf: string;
  /** The instant the chart is judged at: the end of `asOf`, or now while that is today. */
  judgedAt: Date;
  /** The day the enrollment closed, when it closed by the audit's day. */
  closedOn: string | null;
  /** The quarter's first day: notes of the contacts since then are judged. */
  from: string;
  /** The codes of the instruments the enrollment's program requires. */
  requiredInstruments: string[];
  /** When the program wants the first assessment (its assessmentDays after the enrollment opened); null without that deadline. */
  firstAssessmentDueOn: string | null;
  /** When the program wants the first plan (its planDays after the first assessment); null before one, or without that deadline. */
  firstPlanDueOn: string | null;
  /** The client's latest assessment of each instrument code completed by the day judged. */
  assessments: { instrumentCode: string; instrumentName: string; completedOn: string; nextDueOn: string | null }[];
  /** The enrollment's plan in force on the day judged. */
  activePlan: { approvedOn: string; acknowledgedOn: string | null; reviewDueOn: string | null } | null;
  notes: ChartNoteFact[];
  /** The agency's late-entry days: the notes check's limit when its item sets none. */
  lateEntryDays: number;
  referrals: (ReferralFact & { consentId: string | null })[];
  /** The consents the referrals were shared under, by id. */
  consents: ReadonlyMap<string, ChartConsentFact>;
}

export interface CheckOutcome {
  result: ChartAuditResult;
  /** What the reviewer reads: the record that decided it, with its date. */
  evidence: string;
}

/** One automatic check; `days` is the item's parameter, where it has one. */
export type ChartCheck = (chart: ChartEvidence, days: number | null) => CheckOutcome;
