import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientProfileFieldsFragment, ClientSummaryFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate } from '../shared/format';
import { formatAddress } from '../shared/person-values';

type Compared = ClientSummaryFieldsFragment & { address?: ClientProfileFieldsFragment['address'] };

/**
 * The two records side by side, so the supervisor sees they are one person before joining
 * them: a wrong merge puts two people's histories in one record.
 */
export function MergeComparison({ source, target }: { source: Compared; target: Compared }) {
  const { t, i18n } = useTranslation('client');
  const language = i18n.language;
  const describe = (client: Compared): Array<[string, string]> => [
    [t('person.legalName'), client.displayName],
    [t('person.dateOfBirth'), formatCalendarDate(client.dateOfBirth, language)],
    [t('merge.compare.number'), client.clientNumber],
    [t('person.address'), client.address === undefined ? '…' : formatAddress(client.address)],
    [t('person.phone'), client.phone ?? ''],
    [
      t('header.programs'),
      client.enrollments
        .filter((enrollment) => enrollment.status !== 'CLOSED')
        .map((enrollment) => enrollment.program.name)
        .join(', '),
    ],
    [t('header.caseManager'), client.primaryCaseManager?.displayName ?? t('header.notAssigned')],
    [t('header.status'), t(`status.${client.status}`)],
  ];
  const left = describe(source);
  const right = describe(target);
  return (
    <Table withTableBorder withColumnBorders layout="fixed" aria-label={t('merge.compare.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="28%">
            <VisuallyHidden>{t('merge.compare.field')}</VisuallyHidden>
          </Table.Th>
          <Table.Th scope="col">{t('merge.compare.source')}</Table.Th>
          <Table.Th scope="col">{t('merge.compare.target')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {left.map(([label, value], index) => {
          const other = right[index]?.[1] ?? '';
          return (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value || '—'}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }} fw={other !== value ? 700 : undefined}>
                {other || '—'}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
