import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientSummaryFieldsFragment } from '@waymark/web/core';
import { RiskAndFlags, StatusBadge } from '../shared/client-badges';
import { formatCalendarDate } from '../shared/format';

/** The programs a client is in now (open enrollments), by name. */
export function currentPrograms(client: Pick<ClientSummaryFieldsFragment, 'enrollments'>): string[] {
  return client.enrollments.filter((enrollment) => enrollment.status !== 'CLOSED').map((enrollment) => enrollment.program.name);
}

/**
 * Clients as rows: name and the facts that tell namesakes apart, status, risk and flags
 * (always visible), programs and case manager. Scrolls sideways on narrow phones.
 */
export function ClientTable({ clients, caption, busy }: { clients: ClientSummaryFieldsFragment[]; caption: string; busy?: boolean }) {
  const { t, i18n } = useTranslation('client');
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy} aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.name')}</Table.Th>
            <Table.Th scope="col">{t('list.status')}</Table.Th>
            <Table.Th scope="col">{t('list.riskAndFlags')}</Table.Th>
            <Table.Th scope="col">{t('list.programsAndCaseManager')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => {
            const programs = currentPrograms(client);
            return (
              <Table.Tr key={client.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/clients/${client.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {client.displayName}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {[
                        client.clientNumber,
                        client.dateOfBirth
                          ? t('identity.born', { date: formatCalendarDate(client.dateOfBirth, i18n.language), count: client.age ?? 0 })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={client.status} size="sm" />
                </Table.Td>
                <Table.Td>
                  <RiskAndFlags riskLevel={client.riskLevel} flags={client.flags} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={programs.length ? undefined : 'dimmed'}>
                    {programs.length ? programs.join(', ') : t('list.noProgram')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {client.primaryCaseManager
                      ? t('list.managedBy', { name: client.primaryCaseManager.displayName })
                      : t('list.unassigned')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
