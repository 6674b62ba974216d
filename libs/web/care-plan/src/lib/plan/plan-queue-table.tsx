import type { ReactNode } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@waymark/web/client';

export interface QueuedPlan {
  id: string;
  clientId: string;
  programName: string;
  revision: number;
  submittedAt?: string | null;
  updatedAt: string;
  author?: { displayName: string } | null;
  client?: { displayName: string; clientNumber: string } | null;
}

/** The column a list of plans shows between the program and the date, which differs from one list to another. */
export interface PlanQueueColumn<P> {
  heading: string;
  cell: (plan: P) => ReactNode;
}

/**
 * A list of plans, in the order given, each opening on the client's "Care plan" tab. By default the
 * supervisor's queue: who wrote the plan and when it was submitted.
 */
export function PlanQueueTable<P extends QueuedPlan>({
  plans,
  caption,
  column,
  dateHeading,
}: {
  plans: P[];
  caption: string;
  column?: PlanQueueColumn<P>;
  dateHeading?: string;
}) {
  const { t, i18n } = useTranslation('carePlan');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plan.queue.client')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.program')}</Table.Th>
            <Table.Th scope="col">{column ? column.heading : t('plan.queue.author')}</Table.Th>
            <Table.Th scope="col">{dateHeading ?? t('plan.queue.submitted')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {plan.client?.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {plan.client?.clientNumber}
                </Text>
              </Table.Td>
              <Table.Td>
                {plan.programName} · {t('plan.facts.revision', { revision: plan.revision })}
              </Table.Td>
              <Table.Td>{column ? column.cell(plan) : (plan.author?.displayName ?? '—')}</Table.Td>
              <Table.Td>{formatDateTime(plan.submittedAt ?? plan.updatedAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Button
                  component={Link}
                  to={`/clients/${plan.clientId}/care-plan?item=${plan.id}`}
                  size="compact-sm"
                  variant="light"
                  rightSection={<IconExternalLink size={14} aria-hidden />}
                  aria-label={t('plan.queue.openNamed', { name: plan.client?.displayName ?? plan.programName })}
                >
                  {t('plan.queue.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
