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

type Need = Findings['needs'][number];

/**
 * The needs found, once per question that revealed them, each with every life domain it
 * touches: a question flagging housing and safety is one need, not two.
 */
function byQuestion(needs: Findings['needs']): { source: string; label: WrittenText; domains: LifeDomain[] }[] {
  const grouped = new Map<string, { source: string; label: WrittenText; domains: LifeDomain[] }>();
  needs.forEach((need: Need) => {
    const entry = grouped.get(need.source) ?? { source: need.source, label: need.label, domains: [] };
    if (!entry.domains.includes(need.domain)) entry.domains.push(need.domain);
    grouped.set(need.source, entry);
  });
  return [...grouped.values()];
}

/** The needs found, each once with its life domains and what revealed it, under how many there are. */
export function NeedList({ needs }: Pick<Findings, 'needs'>) {
  const { t, i18n } = useTranslation('carePlan');
  if (!needs.length) return <Text size="sm" c="dimmed">{t('assessment.findings.noNeeds')}</Text>;
  const listed = byQuestion(needs);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('assessment.findings.needCount', { count: listed.length })}
      </Text>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('assessment.findings.needs')}>
        {listed.map((need) => (
          <Group key={need.source} component="li" gap="xs" wrap="nowrap" align="flex-start">
            <Group gap={4} style={{ flexShrink: 0 }}>
              {need.domains.map((domain) => (
                <Badge key={domain} color="orange" variant="light">
                  {t(`plan.domain.${domain}`)}
                </Badge>
              ))}
            </Group>
            <Text size="sm">{localized(need.label, i18n.language)}</Text>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
