import { registerEnumType } from '@nestjs/graphql';
import { ReferralBox, ReferralDeclineReason, ReferralOutcome, ReferralSide, ReferralStatus, ReferralUrgency } from '@waymark/shared/types';

registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'Where a referral stands (REFERRAL_TRANSITIONS in the shared types)' });
registerEnumType(ReferralSide, { name: 'ReferralSide', description: 'Who takes a step: the sending agency, the receiving one, or the system' });
registerEnumType(ReferralUrgency, { name: 'ReferralUrgency' });
registerEnumType(ReferralDeclineReason, { name: 'ReferralDeclineReason', description: 'Why a receiver declined' });
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome', description: 'Whether the need the referral was for was met' });
registerEnumType(ReferralBox, { name: 'ReferralBox', description: 'The referrals my agency sent, or those it received' });

export { ReferralBox, ReferralDeclineReason, ReferralOutcome, ReferralSide, ReferralStatus, ReferralUrgency };
