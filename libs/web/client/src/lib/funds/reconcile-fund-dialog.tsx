import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FUND_NOTE_MAX_LENGTH, fundDifference, FundDifferenceResolution } from '@waymark/shared/types';
import type { FundRequestFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../shared/form-dialog';
import { useFormSubmit } from '../shared/use-form-submit';
import { textRule } from '../shared/validators';
import { FUND_QUERIES, reconcileFundRequestMutation } from './fund.operations';
import { fundErrorOverrides } from './fund-errors';
import { formatCents } from './money';

/**
 * A supervisor sets the receipts against the payment: when they match there is nothing to
 * settle; a shortfall goes back to the fund or is explained; receipts above it are explained.
 */
export function ReconcileFundDialog({ request, onClose, onReload }: { request: FundRequestFieldsFragment; onClose: () => void; onReload: () => void }) {
  const { t, i18n } = useTranslation('client');
  const [reconcile, { loading }] = useMutation(reconcileFundRequestMutation, { refetchQueries: FUND_QUERIES });
  const difference = fundDifference(request.amountCents, request.receiptsCents);
  const form = useForm({
    initialValues: { resolution: difference > 0 ? FundDifferenceResolution.RETURNED : FundDifferenceResolution.EXPLAINED, note: '' } as { resolution: FundDifferenceResolution; note: string },
    validate: {
      note: (value, values) => textRule(t, FUND_NOTE_MAX_LENGTH, { required: difference !== 0 && values.resolution === FundDifferenceResolution.EXPLAINED })(value),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async ({ resolution, note }) => {
      await reconcile({ variables: { input: { requestId: request.id, version: request.version, resolution: difference === 0 ? null : resolution, note: note.trim() || null } } });
      notifications.show({ color: 'green', message: t('funds.reconciled') });
    },
    { onDone: onClose },
  );
  const money = (cents: number) => formatCents(cents, i18n.language);
  const situation = difference === 0 ? t('funds.reconcileMatch') : difference > 0 ? t('funds.reconcileShort', { amount: money(difference) }) : t('funds.reconcileOver', { amount: money(-difference) });
  return (
    <FormDialog title={t('funds.reconcileTitle')} submitLabel={t('funds.reconcile')} loading={loading} error={error} errorOverrides={fundErrorOverrides(error, t)} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <Text size="sm">{t('funds.receiptsTotal', { amount: money(request.receiptsCents), paid: money(request.amountCents) })}</Text>
      <Text size="sm" fw={600} role="status">
        {situation}
      </Text>
      {difference !== 0 ? (
        <Radio.Group label={t('funds.settle')} required {...form.getInputProps('resolution')}>
          <Stack gap="xs" mt={4}>
            {difference > 0 ? <Radio value={FundDifferenceResolution.RETURNED} label={t('funds.returned')} /> : null}
            <Radio value={FundDifferenceResolution.EXPLAINED} label={t('funds.explained')} />
          </Stack>
        </Radio.Group>
      ) : null}
      <Textarea label={t('funds.note')} autosize minRows={2} maxLength={FUND_NOTE_MAX_LENGTH} data-autofocus {...form.getInputProps('note')} />
    </FormDialog>
  );
}
