/** Whom a referral goes to, as its lists and heading name it: the service as named when referred, or the provider typed in. */
export function referralTarget(referral: { serviceName?: string | null; provider?: { name: string } | null }): string {
  return referral.serviceName ?? referral.provider?.name ?? '';
}
