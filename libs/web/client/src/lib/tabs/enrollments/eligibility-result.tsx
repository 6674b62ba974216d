import { Alert, List, Text } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityOutcome, EligibilityReason } from '@waymark/shared/types';

const LOOK: Record<EligibilityOutcome, { color: string; icon: ReactNode }> = {
  ELIGIBLE: { color: 'green', icon: <IconCircleCheck aria-hidden /> },
  NEEDS_REVIEW: { color: 'yellow', icon: <IconAlertTriangle aria-hidden /> },
  INELIGIBLE: { color: 'red', icon: <IconCircleX aria-hidden /> },
};

/** A screen's outcome and every reason that stood in the way, in the reader's language. */
export function EligibilityResult({ outcome, reasons, age }: { outcome: EligibilityOutcome; reasons: readonly EligibilityReason[]; age: number | null }) {
  const { t } = useTranslation('client');
  return (
    <Alert color={LOOK[outcome].color} variant="light" icon={LOOK[outcome].icon} title={t(`tabs.enrollments.outcome.${outcome}`)} role="status">
      {age !== null ? <Text size="sm">{t('tabs.enrollments.screenedAge', { count: age })}</Text> : null}
      {reasons.length ? (
        <List size="sm" mt={4}>
          {reasons.map((reason) => (
            <List.Item key={reason}>{t(`tabs.enrollments.reason.${reason}`)}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('tabs.enrollments.eligibleText')}</Text>
      )}
    </Alert>
  );
}
