import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState, Page } from '@waymark/web/core';
import { formatCalendarDate, RecordFact } from '@waymark/web/client';
import {
  createDirectoryLocationMutation,
  createDirectoryServiceMutation,
  directoryOrganizationQuery,
  recordServiceCapacityMutation,
  updateDirectoryLocationMutation,
  updateDirectoryOrganizationMutation,
  updateDirectoryServiceMutation,
} from '../directory-admin.operations';
import { taxonomyTermsQuery } from '../../shared/taxonomy.operations';
import { LocationDialog } from '../locations/location-dialog';
import { locationInput } from '../locations/location-input';
import { LocationCard } from '../locations/location-card';
import { CapacityDialog } from '../services/capacity-dialog';
import { ServiceCard } from '../services/service-card';
import { ServiceDialog } from '../services/service-dialog';
import { capacityInput, serviceInput } from '../services/service-input';
import { AdminSection } from '../shared/admin-section';
import { OrganizationDialog } from './organization-dialog';
import { organizationInput } from './organization-input';

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

type Editing =
  | { kind: 'organization' }
  | { kind: 'service'; id: string | null }
  | { kind: 'capacity'; id: string }
  | { kind: 'location'; id: string | null }
  | null;

/**
 * /admin/directory/organizations/:id — one organization the agency keeps: its details, its
 * services (hours, categories, capacity) and its locations, each edited in a dialog at the
 * version on screen.
 */
export function DirectoryOrganizationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('directory');
  const { data, loading, error, refetch } = useQuery(directoryOrganizationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const terms = useQuery(taxonomyTermsQuery, { fetchPolicy: 'cache-first' });
  const [editing, setEditing] = useState<Editing>(null);
  const [updateOrganization] = useMutation(updateDirectoryOrganizationMutation);
  const [createService] = useMutation(createDirectoryServiceMutation);
  const [updateService] = useMutation(updateDirectoryServiceMutation);
  const [recordCapacity] = useMutation(recordServiceCapacityMutation);
  const [createLocation] = useMutation(createDirectoryLocationMutation);
  const [updateLocation] = useMutation(updateDirectoryLocationMutation);
  const organization = data?.directoryOrganization;
  const close = () => setEditing(null);
  const reload = () => void refetch();

  if (!organization) {
    return (
      <Page title={t('admin.organization.title')}>
        {loading ? (
          <LoadingState label={t('admin.organization.loading')} />
        ) : error ? (
          <ErrorState error={error} onRetry={reload} overrides={{ NOT_FOUND: t('admin.organization.notFound') }} />
        ) : (
          <EmptyView title={t('admin.organization.notFound')} action={<Anchor component={Link} to="/admin/directory">{t('admin.backToDirectory')}</Anchor>} />
        )}
      </Page>
    );
  }
  const service = editing?.kind === 'service' || editing?.kind === 'capacity' ? (organization.services.find((entry) => entry.id === editing.id) ?? null) : null;
  const location = editing?.kind === 'location' ? (organization.locations.find((entry) => entry.id === editing.id) ?? null) : null;
  const editable = organization.editable;

  return (
    <Page
      title={organization.name}
      description={organization.alternateName ?? undefined}
      actions={
        <>
          <Anchor component={Link} to="/admin/directory">
            {t('admin.backToDirectory')}
          </Anchor>
          {editable ? (
            <Button leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setEditing({ kind: 'organization' })}>
              {t('admin.organization.edit')}
            </Button>
          ) : null}
        </>
      }
    >
      <Card withBorder radius="md" padding="md" component="section" aria-label={t('admin.organization.details')}>
        <Stack gap="sm">
          <Group gap="xs">
            <Badge variant="light" color={organization.visibility === 'SHARED' ? 'teal' : 'gray'}>
              {t(`admin.visibility.${organization.visibility}`)}
            </Badge>
            {organization.waymarkAgency ? <Badge variant="light">{t('admin.organization.onWaymark', { name: organization.waymarkAgency.name })}</Badge> : null}
          </Group>
          {organization.description ? <Text style={{ whiteSpace: 'pre-line' }}>{organization.description}</Text> : null}
          {organization.website ? <RecordFact label={t('admin.organization.website')}>{organization.website}</RecordFact> : null}
          {organization.email ? <RecordFact label={t('admin.organization.email')}>{organization.email}</RecordFact> : null}
          <RecordFact label={t('admin.lastVerifiedOn')}>
            {organization.lastVerifiedOn ? formatCalendarDate(organization.lastVerifiedOn, i18n.language) : t('admin.neverVerified')}
          </RecordFact>
        </Stack>
      </Card>

      <AdminSection
        plain
        id="services-title"
        title={t('admin.services.title', { count: organization.services.length })}
        action={editable ? <AddButton label={t('admin.service.add')} onClick={() => setEditing({ kind: 'service', id: null })} /> : null}
      >
        {!organization.services.length ? <Text c="dimmed">{t('admin.services.empty')}</Text> : null}
        {organization.services.map((entry) => (
          <ServiceCard
            key={entry.id}
            service={entry}
            onEdit={editable ? () => setEditing({ kind: 'service', id: entry.id }) : undefined}
            onRecordCapacity={editable ? () => setEditing({ kind: 'capacity', id: entry.id }) : undefined}
          />
        ))}
      </AdminSection>

      <AdminSection
        plain
        id="locations-title"
        title={t('admin.locations.title', { count: organization.locations.length })}
        action={editable ? <AddButton label={t('admin.location.add')} onClick={() => setEditing({ kind: 'location', id: null })} /> : null}
      >
        {!organization.locations.length ? <Text c="dimmed">{t('admin.locations.empty')}</Text> : null}
        {organization.locations.map((entry) => (
          <LocationCard key={entry.id} location={entry} onEdit={editable ? () => setEditing({ kind: 'location', id: entry.id }) : undefined} />
        ))}
      </AdminSection>

      {editing?.kind === 'organization' ? (
        <OrganizationDialog
          organization={organization}
          onClose={close}
          onReload={reload}
          save={(_, changed) => updateOrganization({ variables: { input: { id: organization.id, version: organization.version, ...organizationInput(changed) } } })}
        />
      ) : null}
      {editing?.kind === 'service' ? (
        <ServiceDialog
          service={service}
          terms={terms.data?.taxonomyTerms ?? []}
          termsError={terms.error}
          onRetryTerms={() => void terms.refetch()}
          locations={organization.locations}
          onClose={close}
          onReload={reload}
          save={async (all, changed) => {
            if (service) await updateService({ variables: { input: { id: service.id, version: service.version, ...serviceInput(changed) } } });
            else {
              await createService({ variables: { input: { ...serviceInput(all), organizationId: organization.id, name: all.name.trim() } } });
              await refetch();
            }
          }}
        />
      ) : null}
      {editing?.kind === 'capacity' && service ? (
        <CapacityDialog service={service} onClose={close} save={async (values) => recordCapacity({ variables: { input: { serviceId: service.id, ...capacityInput(values) } } })} />
      ) : null}
      {editing?.kind === 'location' ? (
        <LocationDialog
          location={location}
          onClose={close}
          onReload={reload}
          save={async (all, changed) => {
            if (location) await updateLocation({ variables: { input: { id: location.id, version: location.version, ...locationInput(changed, all) } } });
            else {
              await createLocation({ variables: { input: { organizationId: organization.id, ...locationInput(all, all) } } });
              await refetch();
            }
          }}
        />
      ) : null}
    </Page>
  );
}
