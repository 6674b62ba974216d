import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized, type LifeDomain } from '@waymark/shared/types';

/** Text an agency wrote, as the API sends it or as the shared rules give it (a preview). */
type WrittenText = { en: string; es?: string | null };

/** The scores and needs of an assessment, or of answers being tried in a preview. */
interface Findings {
  scores: ReadonlyArray<{ key: string; label: WrittenText; total: number; answered: number; bandLabel?: WrittenText | null; need: boolean }>;
  needs: ReadonlyArray<{ domain: LifeDomain; source: string; label: WrittenText }>;
}

/** Each score in a line: its label, total and band, for a card. */
export function ScoreSummary({ scores }: Pick<Findings, 'scores'>) {
  const { t, i18n } = useTranslation('carePlan');
  if (!scores.length) return null;
  return (
    <Text size="sm">
      {scores
        .map((score) =>
          t('assessment.findings.scoreLine', {
            label: localized(score.label, i18n.language),
            total: new Intl.NumberFormat(i18n.language).format(score.total),
            band: score.bandLabel ? ` · ${localized(score.bandLabel, i18n.language)}` : '',
          }),
        )
        .join('; ')}
    </Text>
  );
}

/** The scores as a table: rule, total, band, and whether the band marks a need. */
export function ScoreTable({ scores }: Pick<Findings, 'scores'>) {
  const { t, i18n } = useTranslation('carePlan');
  if (!scores.length) return <Text size="sm" c="dimmed">{t('assessment.findings.noScores')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessment.findings.score')}</Table.Th>
            <Table.Th scope="col">{t('assessment.findings.total')}</Table.Th>
            <Table.Th scope="col">{t('assessment.findings.band')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scores.map((score) => (
            <Table.Tr key={score.key}>
              <Table.Th scope="row" fw={500}>
                {localized(score.label, i18n.language)}
              </Table.Th>
              <Table.Td>
                {t('assessment.findings.totalOf', { total: new Intl.NumberFormat(i18n.language).format(score.total), count: score.answered })}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <span>{score.bandLabel ? localized(score.bandLabel, i18n.language) : '—'}</span>
                  {score.need ? (
                    <Badge color="orange" variant="light" size="sm">
                      {t('assessment.findings.needBadge')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The needs found, each with its life domain and what revealed it. */
export function NeedList({ needs }: Pick<Findings, 'needs'>) {
  const { t, i18n } = useTranslation('carePlan');
  if (!needs.length) return <Text size="sm" c="dimmed">{t('assessment.findings.noNeeds')}</Text>;
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('assessment.findings.needs')}>
      {needs.map((need) => (
        <Group key={`${need.domain}:${need.source}`} component="li" gap="xs" wrap="nowrap" align="flex-start">
          <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
            {t(`plan.domain.${need.domain}`)}
          </Badge>
          <Text size="sm">{localized(need.label, i18n.language)}</Text>
        </Group>
      ))}
    </Stack>
  );
}
