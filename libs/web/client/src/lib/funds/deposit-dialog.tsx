import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, FUND_AMOUNT_MAX_CENTS, FUND_DEPOSIT_SOURCES, FUND_NOTE_MAX_LENGTH, type FundDepositSource } from '@waymark/shared/types';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { textRule } from '../shared/validators';
import { AmountInput } from './amount-input';
import { FUND_QUERIES, recordFundDepositMutation } from './fund.operations';
import { amountRule, dollarsToCents, formatCents } from './money';

interface Values extends Record<string, unknown> {
  amount: number | string;
  source: FundDepositSource;
  receivedOn: string;
  note: string;
}

/** A supervisor or admin records money received for the client (benefits, family). */
export function DepositDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('client');
  const [deposit, { loading }] = useMutation(recordFundDepositMutation, { refetchQueries: FUND_QUERIES });
  const today = calendarDay(new Date());
  const form = useForm<Values>({
    initialValues: { amount: '', source: 'BENEFITS', receivedOn: today, note: '' },
    validate: {
      amount: amountRule(t('funds.amountRule', { max: formatCents(FUND_AMOUNT_MAX_CENTS, i18n.language) })),
      receivedOn: (value) => (!value ? t('funds.dateRule') : value > today ? t('funds.futureRule') : null),
      note: textRule(t, FUND_NOTE_MAX_LENGTH),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await deposit({ variables: { input: { clientId, amountCents: dollarsToCents(values.amount) ?? 0, source: values.source, receivedOn: values.receivedOn, note: values.note.trim() || null } } });
      notifications.show({ color: 'green', message: t('funds.deposited') });
    },
    { onDone: onClose, aliases: { amountCents: 'amount' } },
  );
  return (
    <FormDialog title={t('funds.depositTitle')} submitLabel={t('funds.deposit')} loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AmountInput label={t('funds.amountDollars')} data-autofocus {...form.getInputProps('amount')} />
        <NativeSelect
          label={t('funds.depositSource')}
          required
          data={FUND_DEPOSIT_SOURCES.map((source) => ({ value: source, label: t(`funds.source.${source}`) }))}
          {...form.getInputProps('source')}
        />
      </SimpleGrid>
      <TextInput type="date" label={t('funds.receivedOn')} required max={today} {...form.getInputProps('receivedOn')} />
      <Textarea label={t('funds.note')} autosize minRows={2} maxLength={FUND_NOTE_MAX_LENGTH} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
