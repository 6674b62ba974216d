import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FUND_NOTE_MAX_LENGTH } from '@waymark/shared/types';
import type { FundRequestFieldsFragment } from '@waymark/web/core';
import { FactList } from '../shared/fact-list';
import { FormDialog } from '../shared/form-dialog';
import { formatCalendarDate } from '../shared/format';
import { useFormSubmit } from '../shared/use-form-submit';
import { textRule } from '../shared/validators';
import { approveFundRequestMutation, cancelFundRequestMutation, FUND_QUERIES, refuseFundRequestMutation } from './fund.operations';
import { fundErrorOverrides } from './fund-errors';
import { formatCents } from './money';

export type Decision = 'approve' | 'refuse' | 'cancel';

const MUTATIONS = { approve: approveFundRequestMutation, refuse: refuseFundRequestMutation, cancel: cancelFundRequestMutation };
const TITLES = { approve: 'funds.approveTitle', refuse: 'funds.refuseTitle', cancel: 'funds.cancelTitle' } as const;
const SUBMITS = { approve: 'funds.approve', refuse: 'funds.refuse', cancel: 'funds.cancel' } as const;

/** A supervisor approves or refuses a waiting request (a note says why; refusing needs one), or whoever asked withdraws it. */
export function DecideFundDialog({ request, decision, onClose, onReload }: { request: FundRequestFieldsFragment; decision: Decision; onClose: () => void; onReload: () => void }) {
  const { t, i18n } = useTranslation('client');
  const [decide, { loading }] = useMutation(MUTATIONS[decision], { refetchQueries: FUND_QUERIES });
  const noteRequired = decision !== 'approve';
  const form = useForm({ initialValues: { note: '' }, validate: { note: textRule(t, FUND_NOTE_MAX_LENGTH, { required: noteRequired }) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ note }) => {
      await decide({ variables: { input: { requestId: request.id, version: request.version, note: note.trim() || null } } });
      notifications.show({ color: 'green', message: t('funds.decided') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog
      title={t(TITLES[decision])}
      submitLabel={t(SUBMITS[decision])}
      color={decision === 'approve' ? undefined : 'red'}
      loading={loading}
      error={error}
      errorOverrides={fundErrorOverrides(error, t)}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <FactList
        facts={[
          [t('funds.amount'), formatCents(request.amountCents, i18n.language)],
          [t('funds.payee'), request.payee],
          [t('funds.purpose'), request.purpose],
          [t('funds.neededBy'), formatCalendarDate(request.neededBy, i18n.language)],
          [t('funds.requestedBy'), request.requestedBy?.displayName ?? t('tabs.common.unknownStaff')],
        ]}
      />
      {decision === 'approve' ? <Text size="sm">{t('funds.approveText')}</Text> : null}
      <Textarea
        label={noteRequired ? t('funds.reason') : t('funds.note')}
        required={noteRequired}
        autosize
        minRows={2}
        maxLength={FUND_NOTE_MAX_LENGTH}
        data-autofocus
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
