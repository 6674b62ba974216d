import { ChartAuditResult, ConsentState, consentState, ReferralStatus } from '@waymark/shared/types';
import type { ChartCheck } from './chart-evidence';

/** A referral still in the receiver's hands: what it shared is still being used. */
const SHARING = new Set<ReferralStatus>([ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED]);

/**
 * Consents valid for what is shared: each referral still open with its receiver that was
 * shared under a consent has that consent in force on the day judged (the shared consentState
 * rule, a revocation counted from its day). Not applicable when nothing is shared under a consent.
 */
export const consentsValid: ChartCheck = ({ asOf, referrals, consents }) => {
  const shared = referrals.filter((r) => r.consentId && SHARING.has(r.status));
  if (!shared.length) return { result: ChartAuditResult.NOT_APPLICABLE, evidence: 'Nothing is shared under a consent.' };
  const problems: string[] = [];
  for (const referral of shared) {
    const consent = consents.get(referral.consentId as string);
    if (!consent) {
      problems.push(`The consent the referral to ${referral.label} was shared under is missing.`);
      continue;
    }
    const revokedAt = consent.revokedOn && consent.revokedOn <= asOf ? consent.revokedOn : null;
    const state = consentState({ effectiveFrom: consent.effectiveFrom, effectiveUntil: consent.effectiveUntil, revokedAt }, asOf);
    if (state === ConsentState.REVOKED) problems.push(`Consent for ${consent.recipientName} was revoked on ${consent.revokedOn} while the referral to ${referral.label} is open.`);
    else if (state === ConsentState.EXPIRED) problems.push(`Consent for ${consent.recipientName} expired on ${consent.effectiveUntil} while the referral to ${referral.label} is open.`);
    else if (state === ConsentState.PENDING) problems.push(`Consent for ${consent.recipientName} takes effect only on ${consent.effectiveFrom}, yet the referral to ${referral.label} is open.`);
  }
  if (problems.length) return { result: ChartAuditResult.FAIL, evidence: problems.join(' ') };
  return { result: ChartAuditResult.PASS, evidence: `${shared.length} open referral${shared.length === 1 ? '' : 's'} shared under a consent in force.` };
};
