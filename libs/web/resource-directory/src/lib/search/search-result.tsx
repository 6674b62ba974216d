import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DirectorySearchHitFieldsFragment } from '@waymark/web/core';
import { LabelledText } from '../service/labelled-text';
import { PhoneLink } from '../service/phone-link';
import { ageRange } from './age-range';
import { formatDistance } from './format-distance';
import { languageName } from './language-name';
import { OnWaymarkBadge, OpenNowBadge, ServiceStatusBadge } from './service-badges';
import { servicePath } from './service-path';
import { termName } from './taxonomy';

/** One service found: what it is, who runs it, how far, whether it is open, who it speaks to and serves, and its phone. */
export function SearchResult({
  hit,
  clientId,
  languageNames,
}: {
  hit: DirectorySearchHitFieldsFragment;
  clientId: string | null;
  /** The API's names of the languages the search counts, for codes the browser cannot name (e.g. "ase", sign language) */
  languageNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('directory');
  const ages = ageRange(t, hit.minimumAge, hit.maximumAge);
  return (
    <Card component="li" withBorder radius="md" padding="md" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={0} style={{ flex: '1 1 260px' }}>
            <Title order={3} size="h4">
              <Anchor component={Link} to={servicePath(hit.serviceId, clientId)}>
                {hit.name}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {hit.organizationName}
            </Text>
          </Stack>
          <Group gap={6}>
            <ServiceStatusBadge status={hit.status} />
            <OpenNowBadge openNow={hit.openNow} />
            <OnWaymarkBadge onWaymark={hit.onWaymark} />
          </Group>
        </Group>
        {hit.description ? (
          <Text size="sm" lineClamp={2}>
            {hit.description}
          </Text>
        ) : null}
        <Group gap="md" wrap="wrap">
          {hit.address ? (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden />
              <Text size="sm">
                {hit.address}
                {hit.distanceKm !== null && hit.distanceKm !== undefined ? (
                  <Text span size="sm" fw={600}>
                    {' · '}
                    {t('search.result.away', { distance: formatDistance(hit.distanceKm, i18n.language) })}
                  </Text>
                ) : null}
              </Text>
            </Group>
          ) : null}
          {hit.phone ? <PhoneLink phone={{ number: hit.phone }} /> : null}
        </Group>
        <Group gap={6} wrap="wrap">
          {hit.languages.length ? (
            <LabelledText label={t('search.result.languages')}>
              {hit.languages.map((code) => languageName(code, i18n.language, languageNames.get(code))).join(', ')}
            </LabelledText>
          ) : null}
          {ages ? <Text size="sm">· {ages}</Text> : null}
        </Group>
        {hit.categories.length ? (
          <Group gap={4} wrap="wrap" aria-label={t('search.result.categories')}>
            {hit.categories.map((category) => (
              <Badge key={category.code} variant="outline" color="gray" size="sm" tt="none">
                {termName(category, i18n.language)}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
