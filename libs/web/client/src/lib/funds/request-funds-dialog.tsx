import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, FUND_AMOUNT_MAX_CENTS, FUND_PAYEE_MAX_LENGTH, FUND_PURPOSE_MAX_LENGTH } from '@waymark/shared/types';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { textRule } from '../shared/validators';
import { AmountInput } from './amount-input';
import { FUND_QUERIES, requestFundsMutation } from './fund.operations';
import { fundErrorOverrides } from './fund-errors';
import { amountRule, dollarsToCents, formatCents } from './money';

interface Values extends Record<string, unknown> {
  amount: number | string;
  purpose: string;
  payee: string;
  neededBy: string;
}

/** A case worker asks for money from the client's fund: how much, for what, to whom, by when. */
export function RequestFundsDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('client');
  const [ask, { loading }] = useMutation(requestFundsMutation, { refetchQueries: FUND_QUERIES });
  const today = calendarDay(new Date());
  const form = useForm<Values>({
    initialValues: { amount: '', purpose: '', payee: '', neededBy: today },
    validate: {
      amount: amountRule(t('funds.amountRule', { max: formatCents(FUND_AMOUNT_MAX_CENTS, i18n.language) })),
      purpose: textRule(t, FUND_PURPOSE_MAX_LENGTH, { required: true }),
      payee: textRule(t, FUND_PAYEE_MAX_LENGTH, { required: true }),
      neededBy: (value) => (!value ? t('funds.dateRule') : value < today ? t('funds.pastRule') : null),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await ask({ variables: { input: { clientId, amountCents: dollarsToCents(values.amount) ?? 0, purpose: values.purpose.trim(), payee: values.payee.trim(), neededBy: values.neededBy } } });
      notifications.show({ color: 'green', message: t('funds.requested') });
    },
    { onDone: onClose, aliases: { amountCents: 'amount' } },
  );
  return (
    <FormDialog title={t('funds.requestDialog')} submitLabel={t('funds.requestSubmit')} loading={loading} error={error} errorOverrides={fundErrorOverrides(error, t)} onSubmit={submit} onClose={onClose}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AmountInput label={t('funds.amountDollars')} data-autofocus {...form.getInputProps('amount')} />
        <TextInput type="date" label={t('funds.neededBy')} required min={today} {...form.getInputProps('neededBy')} />
      </SimpleGrid>
      <TextInput label={t('funds.payee')} required maxLength={FUND_PAYEE_MAX_LENGTH} {...form.getInputProps('payee')} />
      <Textarea label={t('funds.purpose')} required autosize minRows={2} maxLength={FUND_PURPOSE_MAX_LENGTH} {...form.getInputProps('purpose')} />
    </FormDialog>
  );
}
