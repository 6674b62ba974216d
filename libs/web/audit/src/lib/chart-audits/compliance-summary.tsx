import { Card, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChartAuditReviewFieldsFragment } from '@waymark/web/core';
import { itemLabel } from './chart-audit-words';

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${rate}%`);

/** Compliance so far: overall, per checklist item and per worker, as PASS of the answers that apply. */
export function ComplianceSummary({ review }: { review: ChartAuditReviewFieldsFragment }) {
  const { t, i18n } = useTranslation('audit');
  const { compliance, audit } = review;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="chart-audit-compliance">
      <Stack gap="sm">
        <Title order={2} size="h4" id="chart-audit-compliance">
          {t('chartAudits.compliance.title')}
        </Title>
        <Text>
          {t('chartAudits.compliance.overall')}:{' '}
          <Text span fw={700}>
            {compliance.rate === null ? t('chartAudits.compliance.none') : percent(compliance.rate)}
          </Text>
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <ScrollArea type="auto">
            <Table striped miw={360} captionSide="top">
              <Table.Caption>{t('chartAudits.compliance.byItem')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('chartAudits.compliance.item')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.pass')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.fail')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.notApplicable')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.rate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {compliance.items.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row" fw={400}>
                      {itemLabel(
                        audit.items.find((item) => item.key === row.key),
                        i18n.language,
                      )}
                    </Table.Th>
                    <Table.Td>{row.pass}</Table.Td>
                    <Table.Td>{row.fail}</Table.Td>
                    <Table.Td>{row.notApplicable}</Table.Td>
                    <Table.Td>{percent(row.rate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <ScrollArea type="auto">
            <Table striped miw={320} captionSide="top">
              <Table.Caption>{t('chartAudits.compliance.byWorker')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('chartAudits.compliance.worker')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.charts')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.pass')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.fail')}</Table.Th>
                  <Table.Th scope="col">{t('chartAudits.compliance.rate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {compliance.workers.map((row) => (
                  <Table.Tr key={row.worker?.id ?? 'none'}>
                    <Table.Th scope="row" fw={400}>
                      {row.worker?.displayName ?? t('chartAudits.page.noWorker')}
                    </Table.Th>
                    <Table.Td>{row.charts}</Table.Td>
                    <Table.Td>{row.pass}</Table.Td>
                    <Table.Td>{row.fail}</Table.Td>
                    <Table.Td>{percent(row.rate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
