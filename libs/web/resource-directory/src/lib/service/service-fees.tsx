import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CostOption {
  option?: string | null;
  amount?: number | null;
  currency?: string | null;
  amountDescription?: string | null;
}

function amountText(cost: CostOption, language: string): string | null {
  if (cost.amount === null || cost.amount === undefined) return null;
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency: cost.currency ?? 'USD' }).format(cost.amount);
  } catch {
    return `${cost.amount} ${cost.currency ?? ''}`.trim();
  }
}

/** What the service costs: the words the provider wrote, then each cost option ("Sliding scale: $10.00, per visit"). */
export function ServiceFees({ description, costOptions }: { description: string | null | undefined; costOptions: readonly CostOption[] }) {
  const { i18n } = useTranslation('directory');
  return (
    <>
      {description ? <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text> : null}
      {costOptions.length ? (
        <List spacing={4} size="sm">
          {costOptions.map((cost, index) => (
            <List.Item key={`${cost.option ?? ''}-${index}`}>
              {[cost.option, amountText(cost, i18n.language), cost.amountDescription].filter(Boolean).join(' · ')}
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
  );
}
