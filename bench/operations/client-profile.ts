import { OPEN_REFERRAL_STATUSES, ReferralStatus } from '@waymark/shared/types';
import { COMPOSITE_RATIO, type Operation, pick } from './operation';

/** A sent referral still waiting on its provider or the client (drafts are not sent). */
const OPEN_SENT = OPEN_REFERRAL_STATUSES.filter((status) => status !== ReferralStatus.DRAFT);

/** The client's page: header and flags, active plan goals, the last notes, open referrals. */
export const clientProfile: Operation = {
  id: 'client-profile',
  caller: 'caseManager',
  document: `query BenchClientProfile($clientId: ID!, $first: Int!, $statuses: [ReferralStatus!]) {
  client(id: $clientId) {
    id clientNumber displayName legalFirstName legalLastName preferredName pronouns dateOfBirth
    status riskLevel flags primaryLanguage interpreterNeeded phone email version
    primaryCaseManager { id displayName }
  }
  activeCarePlan(clientId: $clientId) {
    id status
    goals { id statement status priority }
  }
  caseNotes(clientId: $clientId, first: $first) {
    totalCount
    edges { node { id noteType occurredAt narrative signedAt author { id displayName } } }
  }
  referrals(filter: { box: SENT, clientId: $clientId, statuses: $statuses }, first: $first) {
    edges { node { id status urgency sentAt serviceName organizationName provider { name } } }
  }
}`,
  variables: (fixtures, i, page) => ({ clientId: pick(fixtures.caseloadClientIds, i), first: page, statuses: OPEN_SENT }),
  pages: { load: 20, compare: [5, 20] },
  minRatio: COMPOSITE_RATIO,
  growth: 'clients',
};
