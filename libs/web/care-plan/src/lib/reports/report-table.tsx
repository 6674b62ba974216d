import { Table } from '@mantine/core';
import type { ReportCell, ReportTableData } from './report-table-data';

const cell = (value: ReportCell, language: string) => (typeof value === 'number' ? value.toLocaleString(language) : (value ?? '—'));

/** A report's numbers in a table: what the chart draws, readable by everyone (a screen reader, a keyboard, a printout). */
export function ReportTable({ table, language }: { table: ReportTableData; language: string }) {
  const [first, ...rest] = table.columns;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} fz="sm" striped withTableBorder>
        <Table.Caption>{table.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, index) => (
            <Table.Tr key={`${row[first.key]}-${index}`}>
              <Table.Th scope="row" fw="normal">
                {cell(row[first.key], language)}
              </Table.Th>
              {rest.map((column) => (
                <Table.Td key={column.key}>{cell(row[column.key], language)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {table.totals ? (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{cell(table.totals[first.key], language)}</Table.Th>
              {rest.map((column) => (
                <Table.Td key={column.key} fw={700}>
                  {cell(table.totals?.[column.key] ?? null, language)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
    </Table.ScrollContainer>
  );
}
