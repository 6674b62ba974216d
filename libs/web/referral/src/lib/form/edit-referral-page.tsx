import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ReferralSide, ReferralStatus, ReferralUrgency } from '@waymark/shared/types';
import { ErrorState, LoadingState, Page } from '@waymark/web/core';
import { referralTarget } from '../shared/referral-label';
import { REFERRAL_LIST_QUERIES } from '../shared/referral-lists';
import { referralQuery, updateReferralMutation } from '../shared/referral.operations';
import { useReferralErrorOverrides } from '../shared/referral-errors';
import { ReferralForm } from './referral-form';
import { referralFields, type ReferralValues } from './referral-values';

/**
 * `/referrals/:id/edit`: the sender's draft, changed as a whole at the version opened (a stale
 * one gets CONFLICT) and saved again or sent, both in one step. A referral already sent opens its page instead.
 */
export function EditReferralPage() {
  const { t } = useTranslation('referral');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const overrides = useReferralErrorOverrides();
  const { data, error, refetch } = useQuery(referralQuery, { variables: { id } });
  const [update] = useMutation(updateReferralMutation);
  const referral = data?.referral;
  if (error && !referral) return <ErrorState error={error} overrides={overrides(error)} onRetry={() => void refetch()} />;
  if (!referral) return <LoadingState label={t('referral.page.loading')} />;
  if (referral.status !== ReferralStatus.DRAFT || referral.side !== ReferralSide.SENDER) return <Navigate to={`/referrals/${id}`} replace />;
  const initialValues: ReferralValues = {
    clientId: referral.client.id,
    enrollmentId: referral.enrollmentId ?? null,
    target: referral.serviceId ? 'service' : 'provider',
    providerName: referral.provider?.name ?? '',
    providerPhone: referral.provider?.phone ?? '',
    providerEmail: referral.provider?.email ?? '',
    providerAddress: referral.provider?.address ?? '',
    reason: referral.reason ?? '',
    needs: [...referral.needs],
    // The sender always reads the urgency; only a receiver without consent gets null.
    urgency: referral.urgency ?? ReferralUrgency.ROUTINE,
    noteForReceiver: referral.noteForReceiver ?? '',
  };
  return (
    <Page title={t('referral.form.editTitle')} description={referralTarget(referral)}>
      <ReferralForm
        serviceId={referral.serviceId ?? null}
        initialValues={initialValues}
        lockedClient={{ name: referral.client.displayName ?? '' }}
        cancelTo={`/referrals/${id}`}
        onSave={async (values, send) => {
          // One mutation saves and sends: a refused send keeps nothing, so the form's edits stay to fix or save as a draft.
          await update({ variables: { input: { id, version: referral.version, send, ...referralFields(values, referral.serviceId ?? null) } } });
          await apollo.refetchQueries({ include: REFERRAL_LIST_QUERIES });
          notifications.show({ color: 'green', message: send ? t('referral.form.sent', { name: referralTarget(referral) }) : t('referral.form.saved') });
          // The edit page gives way to the referral's page: Back does not reopen a draft already saved or sent.
          navigate(`/referrals/${id}`, { replace: true });
        }}
      />
    </Page>
  );
}
