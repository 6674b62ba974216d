import { useMemo } from 'react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findNeeds, type Answers, type InstrumentDefinition } from '@waymark/shared/types';

/** The life domains the answers given so far show a need in, as the worker answers (worked out here, as the API will). */
export function NeedsSoFar({ definition, answers }: { definition: InstrumentDefinition; answers: Answers }) {
  const { t } = useTranslation('carePlan');
  const domains = useMemo(() => [...new Set(findNeeds(definition, answers).map((need) => need.domain))], [definition, answers]);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('assessment.runner.needsSoFar')}
      </Text>
      {domains.length ? (
        <Group gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('assessment.runner.needsSoFar')}>
          {domains.map((domain) => (
            <Badge key={domain} component="li" color="orange" variant="light">
              {t(`plan.domain.${domain}`)}
            </Badge>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('assessment.runner.noNeedsYet')}
        </Text>
      )}
    </Stack>
  );
}
