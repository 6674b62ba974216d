import { ReferralUrgency } from '@waymark/shared/types';
import { optionalText } from '@waymark/web/client';

/** What the referral form holds: whom, from which enrollment, to whom, why and how urgently. */
export interface ReferralValues extends Record<string, unknown> {
  clientId: string | null;
  enrollmentId: string | null;
  /** A directory service, or a provider typed in by hand */
  target: 'service' | 'provider';
  providerName: string;
  providerPhone: string;
  providerEmail: string;
  providerAddress: string;
  reason: string;
  needs: string[];
  urgency: ReferralUrgency;
  noteForReceiver: string;
}

export function emptyReferralValues(clientId: string | null, hasService: boolean): ReferralValues {
  return {
    clientId,
    enrollmentId: null,
    target: hasService ? 'service' : 'provider',
    providerName: '',
    providerPhone: '',
    providerEmail: '',
    providerAddress: '',
    reason: '',
    needs: [],
    urgency: ReferralUrgency.ROUTINE,
    noteForReceiver: '',
  };
}

/** The fields createReferral and updateReferral share, from the form. */
export function referralFields(values: ReferralValues, serviceId: string | null) {
  const byHand = values.target === 'provider' || !serviceId;
  return {
    serviceId: byHand ? null : serviceId,
    provider: byHand
      ? {
          name: values.providerName.trim(),
          phone: optionalText(values.providerPhone),
          email: optionalText(values.providerEmail),
          address: optionalText(values.providerAddress),
        }
      : null,
    reason: values.reason.trim(),
    needs: values.needs,
    urgency: values.urgency,
    noteForReceiver: optionalText(values.noteForReceiver),
  };
}
