import { List, Stack, Text } from '@mantine/core';
import { IconMail, IconMessage, IconPrinter } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResourceListChannel, ResourceListDeliveryStatus } from '@waymark/shared/types';
import type { ResourceListFieldsFragment } from '@waymark/web/core';
import { formatDateTime, RecordAction, RecordCard, RecordText } from '@waymark/web/client';

/** One list: the services in order, the note, how it was handed over, and the ways to hand it over again. */
export function ResourceListCard({
  list,
  highlighted,
  canWrite,
  onSend,
}: {
  list: ResourceListFieldsFragment;
  highlighted: boolean;
  canWrite: boolean;
  onSend: (channel: typeof ResourceListChannel.EMAIL | typeof ResourceListChannel.TEXT_MESSAGE) => void;
}) {
  const { t, i18n } = useTranslation('referral');
  const navigate = useNavigate();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const made = when(list.createdAt);
  return (
    <RecordCard
      recordId={list.id}
      highlighted={highlighted}
      title={t('resourceLists.card.heading', { count: list.items.length })}
      facts={t('resourceLists.card.made', { date: made, name: list.createdBy?.displayName ?? '—', language: t(`resourceLists.language.${list.language}`) })}
      actions={
        canWrite
          ? [
              <RecordAction
                key="print"
                icon={IconPrinter}
                tone="main"
                label={t('resourceLists.card.print')}
                ariaLabel={t('resourceLists.card.printNamed', { date: made })}
                onClick={() => navigate(`/clients/${list.clientId}/resource-lists/${list.id}/print`)}
              />,
              <RecordAction key="email" icon={IconMail} label={t('resourceLists.card.sendEmail')} onClick={() => onSend(ResourceListChannel.EMAIL)} />,
              <RecordAction key="text" icon={IconMessage} label={t('resourceLists.card.sendText')} onClick={() => onSend(ResourceListChannel.TEXT_MESSAGE)} />,
            ]
          : null
      }
    >
      <List size="sm" type="ordered">
        {list.items.map((item) => (
          <List.Item key={item.serviceId}>
            <Text span fw={600} size="sm">
              {item.serviceName}
            </Text>{' '}
            <Text span c="dimmed" size="sm">
              {[item.organizationName, item.phone].filter(Boolean).join(' · ')}
            </Text>
          </List.Item>
        ))}
      </List>
      {list.note ? (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {t('resourceLists.card.note')}
          </Text>
          <RecordText>{list.note}</RecordText>
        </Stack>
      ) : null}
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {t('resourceLists.card.handedOver')}
        </Text>
        {list.deliveries.length ? (
          <List size="sm">
            {list.deliveries.map((delivery) => (
              <List.Item key={delivery.id}>
                {t(`resourceLists.card.delivery.${delivery.channel}`, { address: delivery.address, date: when(delivery.occurredAt), name: delivery.deliveredBy?.displayName ?? '—' })}
                {delivery.status === ResourceListDeliveryStatus.FAILED ? (
                  <Text span c="red" size="sm">
                    {' '}
                    — {t('resourceLists.card.failed', { error: delivery.error })}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('resourceLists.card.notHandedOver')}
          </Text>
        )}
      </Stack>
    </RecordCard>
  );
}
