import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChartAuditResult } from '@waymark/shared/types';

const COLOR: Record<ChartAuditResult | 'OPEN', string> = { PASS: 'green', FAIL: 'red', NOT_APPLICABLE: 'gray', OPEN: 'yellow' };

/** An item's answer, in words and colour (the words carry it for those who do not see the colour). */
export function ResultBadge({ result }: { result: ChartAuditResult | null | undefined }) {
  const { t } = useTranslation('audit');
  const key = result ?? 'OPEN';
  return (
    <Badge color={COLOR[key]} variant="light">
      {t(`chartAudits.result.${key}`)}
    </Badge>
  );
}
