import { Alert, Anchor, Badge, Button, Grid, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowsExchange, IconListDetails, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, hasErrorCode, LoadingState, Page } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';
import { ageRange } from '../search/age-range';
import { languageName } from '../search/language-name';
import { OnWaymarkBadge, ServiceStatusBadge } from '../search/service-badges';
import { termName } from '../search/taxonomy';
import { useSearchClient } from '../search/use-search-client';
import { OpeningHoursTable } from './opening-hours-table';
import { ExternalLink } from './external-link';
import { LabelledText } from './labelled-text';
import { PhoneLink } from './phone-link';
import { ServiceCapacity } from './service-capacity';
import { ServiceFees } from './service-fees';
import { ServiceLocations } from './service-locations';
import { ServiceSection } from './service-section';
import { directoryServiceQuery } from './service.operations';
import classes from './service-page.module.css';

/** The reader's own time zone, for a service whose locations do not say theirs. */
const LOCAL_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A service's page: what it offers and who runs it, where and when, who may use it, what to
 * bring and how to apply, its languages, fees, areas and open places, when it was last
 * checked; "Refer" starts a referral to it (for the client the search was for). Prints as a
 * handout.
 */
export function ServicePage() {
  const { t, i18n } = useTranslation('directory');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const clientId = params.get('clientId');
  const location = useLocation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(directoryServiceQuery, { variables: { id } });
  const service = data?.directoryService;
  // Opened for a client: each place says how far it is from their home.
  const searchClient = useSearchClient(clientId);
  const from = searchClient.client && searchClient.point ? { name: searchClient.client.displayName, point: searchClient.point } : null;

  const back = (
    <Button
      variant="subtle"
      className={classes.noPrint}
      leftSection={<IconArrowLeft size={16} aria-hidden />}
      onClick={() => (location.key !== 'default' ? navigate(-1) : navigate(clientId ? `/directory?clientId=${encodeURIComponent(clientId)}` : '/directory'))}
    >
      {t('search.service.back')}
    </Button>
  );

  if (!service) {
    const missing = (!loading && !error) || hasErrorCode(error, 'NOT_FOUND');
    return (
      <Page title={t('search.service.title')}>
        <Group>{back}</Group>
        {missing ? (
          <EmptyView title={t('search.service.notFoundTitle')} description={t('search.service.notFoundDescription')} />
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState label={t('search.service.loading')} />
        )}
      </Page>
    );
  }

  const referTo = `/referrals/new?serviceId=${encodeURIComponent(service.id)}${clientId ? `&clientId=${encodeURIComponent(clientId)}` : ''}`;
  const ages = ageRange(t, service.minimumAge, service.maximumAge);
  const timeZone = service.locations.find((place) => place.timeZone)?.timeZone ?? LOCAL_TIME_ZONE;
  const phones = service.phones;

  return (
    <div className={classes.page}>
      <Page
        title={service.name}
        description={
          <Group gap="xs" component="span">
            <span>{service.organization.name}</span>
            <ServiceStatusBadge status={service.status} />
            <OnWaymarkBadge onWaymark={!!service.organization.waymarkAgency} />
          </Group>
        }
        actions={
          <Group gap="sm" className={classes.noPrint}>
            <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
              {t('search.service.print')}
            </Button>
            <Button component={Link} to={referTo} leftSection={<IconArrowsExchange size={18} aria-hidden />}>
              {t('search.service.refer')}
            </Button>
            {clientId ? (
              <Button
                component={Link}
                to={`/clients/${encodeURIComponent(clientId)}/resource-lists?add=${encodeURIComponent(service.id)}`}
                variant="light"
                leftSection={<IconListDetails size={18} aria-hidden />}
              >
                {t('search.service.addToResourceList')}
              </Button>
            ) : null}
          </Group>
        }
      >
        <Group>{back}</Group>
        {service.alert ? (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('search.service.alert')}>
            {service.alert}
          </Alert>
        ) : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <ServiceSection title={t('search.service.about')}>
                {service.alternateName ? (
                  <Text size="sm" c="dimmed">
                    {t('search.service.alsoKnownAs', { name: service.alternateName })}
                  </Text>
                ) : null}
                {service.description ? <Text style={{ whiteSpace: 'pre-line' }}>{service.description}</Text> : null}
                {service.categories.length ? (
                  <Group gap={4}>
                    {service.categories.map((category) => (
                      <Badge key={category.code} variant="outline" color="gray" tt="none">
                        {termName(category, i18n.language)}
                      </Badge>
                    ))}
                  </Group>
                ) : null}
              </ServiceSection>
              <ServiceSection title={t('search.service.eligibility')}>
                <Text size="sm" fw={600}>
                  {ages ?? t('search.service.ages.all')}
                </Text>
                {service.eligibilityDescription ? <Text style={{ whiteSpace: 'pre-line' }}>{service.eligibilityDescription}</Text> : null}
              </ServiceSection>
              <ServiceSection title={t('search.service.documents')} show={service.requiredDocuments.length > 0}>
                <List spacing={4}>
                  {service.requiredDocuments.map((document) => (
                    <List.Item key={document}>{document}</List.Item>
                  ))}
                </List>
              </ServiceSection>
              <ServiceSection title={t('search.service.howToApply')} show={!!service.applicationProcess}>
                <Text style={{ whiteSpace: 'pre-line' }}>{service.applicationProcess}</Text>
              </ServiceSection>
              <ServiceSection title={t('search.service.fees')} show={!!service.feesDescription || service.costOptions.length > 0}>
                <ServiceFees description={service.feesDescription} costOptions={service.costOptions} />
              </ServiceSection>
              <ServiceSection title={t('search.service.languages')} show={service.languages.length > 0 || !!service.interpretationServices}>
                {service.languages.length ? (
                  <Text>{service.languages.map((language) => languageName(language.code, i18n.language, language.name)).join(', ')}</Text>
                ) : null}
                {service.interpretationServices ? (
                  <LabelledText label={t('search.service.interpretation')}>{service.interpretationServices}</LabelledText>
                ) : null}
              </ServiceSection>
              <ServiceSection title={t('search.service.serviceAreas')} show={service.serviceAreas.length > 0}>
                <Text>{service.serviceAreas.join(', ')}</Text>
              </ServiceSection>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <ServiceSection title={t('search.service.hours.title')} show={service.openingHours.length > 0}>
                <OpeningHoursTable hours={service.openingHours} timeZone={timeZone} />
              </ServiceSection>
              <ServiceSection title={t('search.service.locations.title')} show={service.locations.length > 0}>
                <ServiceLocations locations={service.locations} from={from} />
              </ServiceSection>
              <ServiceSection title={t('search.service.contact')} show={phones.length > 0 || !!service.url || !!service.email}>
                {phones.map((phone) => (
                  <PhoneLink key={phone.id} phone={phone} />
                ))}
                {service.url ? (
                  <ExternalLink href={service.url} />
                ) : null}
                {service.email ? (
                  <Anchor href={`mailto:${service.email}`} size="sm">
                    {service.email}
                  </Anchor>
                ) : null}
              </ServiceSection>
              <ServiceSection title={t('search.service.capacity.title')} show={service.capacity.length > 0}>
                <ServiceCapacity capacity={service.capacity} />
              </ServiceSection>
              <ServiceSection title={t('search.service.organization')}>
                <Text fw={600}>{service.organization.name}</Text>
                {service.organization.description ? <Text size="sm">{service.organization.description}</Text> : null}
                {service.organization.waymarkAgency ? (
                  <Text size="sm">{t('search.service.onWaymarkAgency', { name: service.organization.waymarkAgency.name })}</Text>
                ) : null}
                {service.organization.website ? (
                  <ExternalLink href={service.organization.website} />
                ) : null}
              </ServiceSection>
              <Text size="sm" c="dimmed">
                {service.lastVerifiedOn
                  ? t('search.service.lastVerified', { date: formatCalendarDate(service.lastVerifiedOn, i18n.language) })
                  : t('search.service.neverVerified')}
              </Text>
            </Stack>
          </Grid.Col>
        </Grid>
      </Page>
    </div>
  );
}
