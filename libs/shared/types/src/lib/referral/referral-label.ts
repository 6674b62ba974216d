/**
 * Whom a referral goes to, as lists, tasks and closure blockers name it: the directory
 * service as it was named when referred to, or the provider typed in by hand (a referral has
 * one of the two).
 */
export function referralLabel({ serviceName, providerName }: { serviceName?: string | null; providerName?: string | null }): string {
  return serviceName ?? providerName ?? '';
}
