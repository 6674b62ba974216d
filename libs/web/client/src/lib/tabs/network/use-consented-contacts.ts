import { useQuery } from '@apollo/client/react';
import { calendarDay, ConsentState, consentState } from '@waymark/shared/types';
import { clientConsentsQuery } from '../consents/consent.operations';

/**
 * The people of the client's network named by a consent in force today, or null while that
 * is not known. "May share" only lets workers talk with someone; releasing records takes a
 * consent, so a contact without one must not look cleared to receive information.
 */
export function useConsentedContacts(clientId: string): ReadonlySet<string> | null {
  // Every card of the network asks with the same variables: one request, shared from the cache.
  const { data } = useQuery(clientConsentsQuery, { variables: { clientId } });
  if (!data) return null;
  const today = calendarDay(new Date());
  return new Set(
    data.clientConsents
      .filter((consent) => consent.recipientContactId && consentState(consent, today) === ConsentState.ACTIVE)
      .map((consent) => consent.recipientContactId as string),
  );
}
