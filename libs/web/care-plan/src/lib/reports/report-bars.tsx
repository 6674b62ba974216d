import { BarChart } from '@mantine/charts';

export interface BarSeries {
  name: string;
  label: string;
  color: string;
}

/**
 * A report's bar chart. It is a picture: its label says in words what it shows, and the
 * table after it gives every number, so the bars themselves are hidden from screen readers.
 */
export function ReportBars({ label, data, dataKey, series, stacked = false }: { label: string; data: Record<string, string | number>[]; dataKey: string; series: BarSeries[]; stacked?: boolean }) {
  return (
    <div role="img" aria-label={label}>
      <BarChart
        h={240}
        data={data}
        dataKey={dataKey}
        series={series}
        type={stacked ? 'stacked' : 'default'}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        withTooltip={false}
        yAxisProps={{ allowDecimals: false, width: 32 }}
      />
    </div>
  );
}
