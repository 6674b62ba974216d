import { NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, FUND_PAYMENT_METHODS, FUND_REFERENCE_MAX_LENGTH, type FundPaymentMethod } from '@waymark/shared/types';
import type { FundRequestFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { textRule } from '../shared/validators';
import { FUND_QUERIES, payFundRequestMutation } from './fund.operations';
import { fundErrorOverrides } from './fund-errors';
import { formatCents } from './money';

/** A supervisor (or an admin acting for accounting) records the one payment of an approved request. */
export function PayFundDialog({ request, onClose, onReload }: { request: FundRequestFieldsFragment; onClose: () => void; onReload: () => void }) {
  const { t, i18n } = useTranslation('client');
  const [pay, { loading }] = useMutation(payFundRequestMutation, { refetchQueries: FUND_QUERIES });
  const today = calendarDay(new Date());
  const form = useForm({
    initialValues: { method: 'CHECK' as FundPaymentMethod, reference: '', paidOn: today },
    validate: {
      reference: textRule(t, FUND_REFERENCE_MAX_LENGTH),
      paidOn: (value) => (!value ? t('funds.dateRule') : value > today ? t('funds.futureRule') : null),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await pay({ variables: { input: { requestId: request.id, version: request.version, method: values.method, reference: values.reference.trim() || null, paidOn: values.paidOn } } });
      notifications.show({ color: 'green', message: t('funds.paid') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog title={t('funds.payTitle')} submitLabel={t('funds.pay')} loading={loading} error={error} errorOverrides={fundErrorOverrides(error, t)} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <Text size="sm">{t('funds.payText', { amount: formatCents(request.amountCents, i18n.language), payee: request.payee })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('funds.paymentMethod')}
          required
          data-autofocus
          data={FUND_PAYMENT_METHODS.map((method) => ({ value: method, label: t(`funds.method.${method}`) }))}
          {...form.getInputProps('method')}
        />
        <TextInput type="date" label={t('funds.paidOn')} required max={today} {...form.getInputProps('paidOn')} />
      </SimpleGrid>
      <TextInput label={t('funds.reference')} maxLength={FUND_REFERENCE_MAX_LENGTH} {...form.getInputProps('reference')} />
    </FormDialog>
  );
}
