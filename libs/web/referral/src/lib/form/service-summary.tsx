import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { referralServiceQuery } from './referral-service.operations';

/** The directory service a referral goes to, and the agency on Waymark that runs it, if any. */
export function useReferralService(serviceId: string | null) {
  const query = useQuery(referralServiceQuery, { variables: { id: serviceId ?? '' }, skip: !serviceId });
  const service = query.data?.directoryService ?? null;
  return { query, service, agency: service?.organization.waymarkAgency ?? null };
}

/** The service as the form shows it: name, organization, where, a phone, whether it is on Waymark, and the way to choose another. */
export function ServiceSummary({ referralService, findServices }: { referralService: ReturnType<typeof useReferralService>; findServices: string }) {
  const { t } = useTranslation('referral');
  const { query, service, agency } = referralService;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!service) return <LoadingState label={t('referral.form.serviceLoading')} />;
  const address = service.locations.find((location) => location.address)?.address;
  return (
    <Card withBorder radius="md" padding="md" data-testid="referral-service">
      <Stack gap={4}>
        <Group gap="xs" justify="space-between">
          <Text fw={600}>{service.name}</Text>
          <Badge variant="outline" color={agency ? 'teal' : 'gray'} tt="none">
            {agency ? t('referral.common.onWaymark') : t('referral.common.notOnWaymark')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {service.organization.name}
        </Text>
        {address ? <Text size="sm">{[address.line1, address.city, address.region, address.postalCode].filter(Boolean).join(', ')}</Text> : null}
        {service.phones[0] ? <Text size="sm">{service.phones[0].number}</Text> : null}
        <Group>
          <Anchor component={Link} to={findServices} size="sm">
            {t('referral.form.otherService')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
