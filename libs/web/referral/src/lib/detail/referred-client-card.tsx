import { Alert, Anchor, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConsentDecisionReason, ReferralSide } from '@waymark/shared/types';
import { formatCalendarDate, RecordFact } from '@waymark/web/client';
import { ReferralSection } from '../shared/referral-section';
import type { ReferredClientView } from '../shared/referral-view';

/** Why the receiver sees nothing of the client, in words that tell revoked from expired. */
function withheldKey(reason: ConsentDecisionReason): string {
  if (reason === ConsentDecisionReason.REVOKED) return 'referral.page.withheldRevoked';
  if (reason === ConsentDecisionReason.EXPIRED) return 'referral.page.withheldExpired';
  return 'referral.page.withheldOther';
}

/**
 * The client the referral is for. The sender sees their own client and opens the record; the
 * receiver sees only what the consent in force allows (judged by the API at each read), and a
 * clear notice when it no longer allows anything.
 */
export function ReferredClientCard({ client, side }: { client: ReferredClientView; side: ReferralSide }) {
  const { t, i18n } = useTranslation('referral');
  const receiver = side === ReferralSide.RECEIVER;
  const withheld = receiver && client.sharedUnder !== ConsentDecisionReason.IN_FORCE;
  const hasContact = !!(client.phone || client.email || client.address);
  return (
    <ReferralSection id="client" title={t('referral.page.clientSection')}>
      {withheld ? (
        <Alert color="yellow" variant="light" icon={<IconLock aria-hidden />} title={t('referral.common.withheld')} role="status">
          {t(withheldKey(client.sharedUnder))}
        </Alert>
      ) : (
        <>
          <Text fw={600}>
            {receiver || !client.displayName ? (
              (client.displayName ?? t('referral.common.withheld'))
            ) : (
              <Anchor component={Link} to={`/clients/${client.id}`}>
                {client.displayName}
              </Anchor>
            )}
          </Text>
          {client.clientNumber ? <RecordFact label={t('referral.page.clientNumber')}>{client.clientNumber}</RecordFact> : null}
          {client.dateOfBirth ? <RecordFact label={t('referral.page.dateOfBirth')}>{formatCalendarDate(client.dateOfBirth, i18n.language)}</RecordFact> : null}
          {client.primaryLanguage ? <RecordFact label={t('referral.page.language')}>{client.primaryLanguage}</RecordFact> : null}
          {client.phone ? <RecordFact label={t('referral.page.phone')}>{client.phone}</RecordFact> : null}
          {client.email ? <RecordFact label={t('referral.page.email')}>{client.email}</RecordFact> : null}
          {client.address ? <RecordFact label={t('referral.page.address')}>{client.address}</RecordFact> : null}
          {receiver && !hasContact ? (
            <Text size="sm" c="dimmed">
              {t('referral.page.contactWithheld')}
            </Text>
          ) : null}
        </>
      )}
    </ReferralSection>
  );
}
