import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconShieldCheck, IconShieldX, IconX } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConsentCategory, ConsentRecipientKind } from '@waymark/shared/types';
import { ConsentForm, useRecordPermissions } from '@waymark/web/client';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { focusAfterStep } from '../shared/focus-after-step';
import { referralConsentQuery } from './referral-form.operations';

/** The consent alert's id; Mantine names its title `<id>-title`. */
const CONSENT_ALERT_ID = 'referral-consent';

/** Whether the client's consents let this referral go: the consent that covers it, if any. */
export interface ConsentState {
  /** Still asking the API */
  checking: boolean;
  /** Sending may go ahead (always, for a receiver not on Waymark) */
  allowed: boolean;
  consentId: string | null;
}

function Shared({ allowed, label }: { allowed: boolean; label: string }) {
  const { t } = useTranslation('referral');
  const Icon = allowed ? IconCheck : IconX;
  return (
    <List.Item
      icon={
        <ThemeIcon size={20} radius="xl" color={allowed ? 'teal' : 'gray'} variant="light">
          <Icon size={14} aria-hidden />
        </ThemeIcon>
      }
    >
      <Text size="sm" span>
        {label}
      </Text>{' '}
      <Text size="sm" span c="dimmed">
        ({allowed ? t('referral.consent.allowed') : t('referral.consent.notAllowed')})
      </Text>
    </List.Item>
  );
}

/**
 * The consent check before sending to an agency on Waymark: whether a consent in force covers
 * REFERRALS for that agency (the API refuses the send otherwise), which of the client's data
 * the receiver will see, and the way to the client's consents when something is missing.
 */
export function useReferralConsent(clientId: string | null, agency: { id: string; name: string } | null) {
  const query = useQuery(referralConsentQuery, { variables: { clientId: clientId ?? '', agencyId: agency?.id ?? '' }, skip: !clientId || !agency, fetchPolicy: 'network-only' });
  const decision = query.data?.referral;
  const state: ConsentState = !agency
    ? { checking: false, allowed: true, consentId: null }
    : { checking: !decision, allowed: !!decision?.allowed, consentId: decision?.allowed ? (decision.consentId ?? null) : null };
  return { state, query };
}

export function ConsentPanel({
  clientId,
  agency,
  receiverName,
  consent,
}: {
  clientId: string | null;
  agency: { id: string; name: string } | null;
  receiverName: string;
  consent: ReturnType<typeof useReferralConsent>;
}) {
  const { t } = useTranslation('referral');
  const { canWrite } = useRecordPermissions();
  const [recording, setRecording] = useState(false);
  if (!agency) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('referral.consent.title')}>
        {t('referral.consent.notOnWaymark', { name: receiverName })}
      </Alert>
    );
  }
  if (!clientId) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('referral.consent.title')}>
        {t('referral.consent.noClient')}
      </Alert>
    );
  }
  const { data, error, loading, refetch } = consent.query;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState label={t('referral.consent.checking')} /> : null;
  const allowed = data.referral.allowed;
  // The consents open in a new tab and a new consent is recorded here, so the referral being written stays on the page.
  const consentsLink = (
    <Anchor component={Link} to={`/clients/${clientId}/consents`} target="_blank">
      {t('referral.consent.openConsents')}
    </Anchor>
  );
  return (
    <Alert
      color={allowed ? 'teal' : 'red'}
      variant="light"
      icon={allowed ? <IconShieldCheck aria-hidden /> : <IconShieldX aria-hidden />}
      title={t('referral.consent.title')}
      role={allowed ? undefined : 'alert'}
      id={CONSENT_ALERT_ID}
      data-testid="referral-consent"
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {allowed
            ? t('referral.consent.inForce', { agency: agency.name })
            : t('referral.consent.missing', { agency: agency.name, reason: t(`referral.consent.reason.${data.referral.reason}`) })}
        </Text>
        {allowed ? (
          <>
            <Text size="sm">{t('referral.consent.shares', { agency: agency.name })}</Text>
            <List spacing={4} size="sm" center>
              <Shared allowed label={t('referral.consent.referral')} />
              <Shared allowed={data.identity.allowed} label={t('referral.consent.identity')} />
              <Shared allowed={data.contact.allowed} label={t('referral.consent.contact')} />
            </List>
          </>
        ) : null}
        <Group>
          {!allowed && canWrite ? (
            <Button size="xs" variant="light" onClick={() => setRecording(true)}>
              {t('referral.consent.record')}
            </Button>
          ) : null}
          {consentsLink}
        </Group>
      </Stack>
      {recording ? (
        <ConsentForm
          clientId={clientId}
          initial={{ categories: [ConsentCategory.REFERRALS], recipientKind: ConsentRecipientKind.AGENCY, recipientAgencyId: agency.id, purpose: t('referral.consent.purpose', { agency: agency.name }) }}
          onClose={() => {
            setRecording(false);
            // Recorded, the consent now covers the referral and the button is gone: focus goes to the panel's verdict.
            // A failed check shows in the panel itself.
            refetch().then(
              ({ data: checked }) => {
                if (checked?.referral.allowed) focusAfterStep(() => document.getElementById(`${CONSENT_ALERT_ID}-title`));
              },
              () => undefined,
            );
          }}
        />
      ) : null}
    </Alert>
  );
}
