import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@waymark/web/core';
import { referralTarget } from '../shared/referral-label';
import { REFERRAL_LIST_QUERIES } from '../shared/referral-lists';
import { createReferralMutation } from '../shared/referral.operations';
import { ReferralForm } from './referral-form';
import { emptyReferralValues, referralFields } from './referral-values';

/**
 * `/referrals/new?serviceId=&clientId=`: a referral from a service found in the directory, from
 * a client's record, or from nothing. It is kept as a draft or sent at once, then opened.
 */
export function NewReferralPage() {
  const { t } = useTranslation('referral');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const serviceId = params.get('serviceId');
  const clientId = params.get('clientId');
  const [create] = useMutation(createReferralMutation, { refetchQueries: REFERRAL_LIST_QUERIES });
  return (
    <Page title={t('referral.form.title')} description={t('referral.form.description')}>
      <ReferralForm
        serviceId={serviceId}
        initialValues={emptyReferralValues(clientId, !!serviceId)}
        cancelTo={clientId ? `/clients/${clientId}/referrals` : '/referrals'}
        onSave={async (values, send) => {
          const { data } = await create({
            variables: { input: { clientId: values.clientId ?? '', enrollmentId: values.enrollmentId ?? '', send, ...referralFields(values, serviceId) } },
          });
          const referral = data?.createReferral;
          if (!referral) return;
          notifications.show({ color: 'green', message: send ? t('referral.form.sent', { name: referralTarget(referral) }) : t('referral.form.saved') });
          navigate(`/referrals/${referral.id}`);
        }}
      />
    </Page>
  );
}
