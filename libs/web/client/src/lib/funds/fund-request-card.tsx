import { Anchor, Badge, DataList, List, Text } from '@mantine/core';
import { IconCash, IconCheck, IconChecklist, IconReceipt, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FundRequestStatus } from '@waymark/shared/types';
import type { FundRequestFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '../shared/format';
import { RecordAction, RecordCard, RecordText } from '../shared/record-card';
import { formatCents } from './money';

const STATUS_COLOR: Record<FundRequestStatus, string> = {
  REQUESTED: 'yellow',
  APPROVED: 'blue',
  REFUSED: 'red',
  CANCELLED: 'gray',
  PAID: 'teal',
  RECONCILED: 'green',
};

export type FundAct = 'approve' | 'refuse' | 'cancel' | 'pay' | 'receipt' | 'reconcile';

/** One request: how much, to whom and why, each step taken and by whom, its receipts, and what the person may do next. */
export function FundRequestCard({
  request,
  highlighted,
  acts,
  onAct,
}: {
  request: FundRequestFieldsFragment;
  highlighted?: boolean;
  /** What the signed-in person may do with this request now */
  acts: readonly FundAct[];
  onAct: (act: FundAct) => void;
}) {
  const { t, i18n } = useTranslation('client');
  const money = (cents: number) => formatCents(cents, i18n.language);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  const staff = (person: { displayName: string } | null | undefined) => person?.displayName ?? t('tabs.common.unknownStaff');
  const label = t('funds.requestTitle', { amount: money(request.amountCents), payee: request.payee });
  const act = (key: FundAct, icon: typeof IconCheck, text: string, tone?: 'main' | 'danger') =>
    acts.includes(key) ? (
      <RecordAction key={key} icon={icon} tone={tone} label={text} ariaLabel={t('funds.actionNamed', { action: text, label })} onClick={() => onAct(key)} />
    ) : null;
  const paidOut = request.status === 'PAID' || request.status === 'RECONCILED';
  return (
    <RecordCard
      recordId={request.id}
      highlighted={highlighted}
      title={label}
      facts={`${t('funds.neededBy')}: ${formatCalendarDate(request.neededBy, i18n.language)}`}
      badges={
        <Badge color={STATUS_COLOR[request.status]} variant="light">
          {t(`funds.status.${request.status}`)}
        </Badge>
      }
      actions={[
        act('approve', IconCheck, t('funds.approve'), 'main'),
        act('refuse', IconX, t('funds.refuse'), 'danger'),
        act('pay', IconCash, t('funds.pay'), 'main'),
        act('receipt', IconReceipt, t('funds.attachReceipt')),
        act('reconcile', IconChecklist, t('funds.reconcile'), 'main'),
        act('cancel', IconX, t('funds.cancel'), 'danger'),
      ]}
    >
      <RecordText>{request.purpose}</RecordText>
      <DataList orientation="horizontal" labelWidth="10rem" gap="xs">
        <DataList.Item>
          <DataList.ItemLabel>{t('funds.requestedBy')}</DataList.ItemLabel>
          <DataList.ItemValue>{t('funds.byOn', { name: staff(request.requestedBy), time: when(request.createdAt) })}</DataList.ItemValue>
        </DataList.Item>
        {request.decidedAt ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('funds.decision')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {t('funds.byOn', { name: staff(request.decidedBy), time: when(request.decidedAt) })}
              {request.decisionNote ? <RecordText>{request.decisionNote}</RecordText> : null}
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
        {request.paidAt ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('funds.payment')}</DataList.ItemLabel>
            <DataList.ItemValue>{t('funds.byOn', { name: staff(request.paidBy), time: when(request.paidAt) })}</DataList.ItemValue>
          </DataList.Item>
        ) : null}
        {paidOut ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('funds.receipts')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {request.receipts.length ? (
                <List size="sm" spacing={2}>
                  {request.receipts.map((receipt) => (
                    <List.Item key={receipt.id}>
                      <Anchor component={Link} to={`/clients/${request.clientId}/documents?item=${encodeURIComponent(receipt.document.id)}`} size="sm">
                        {receipt.document.title}
                      </Anchor>{' '}
                      · {money(receipt.amountCents)}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">{t('funds.noReceipts')}</Text>
              )}
              <Text size="xs" c="dimmed">
                {t('funds.receiptsTotal', { amount: money(request.receiptsCents), paid: money(request.amountCents) })}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
        {request.reconciledAt ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('funds.reconciliation')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {t('funds.byOn', { name: staff(request.reconciledBy), time: when(request.reconciledAt) })}
              {request.resolution ? <Text size="sm">{t(`funds.resolution.${request.resolution}`)}</Text> : null}
              {request.reconciliationNote ? <RecordText>{request.reconciliationNote}</RecordText> : null}
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
      </DataList>
    </RecordCard>
  );
}
