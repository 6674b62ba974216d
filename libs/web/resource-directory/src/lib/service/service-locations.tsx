import { Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { earthDistanceKm, type GeoPoint } from '@waymark/shared/types';
import { formatDistance } from '../search/format-distance';
import { addressLines, type PostalAddress } from '../shared/postal-address';
import { mapLink } from './map-link';
import { ExternalLink } from './external-link';
import { LabelledText } from './labelled-text';
import { PhoneLink, type PhoneItem } from './phone-link';

export interface ServiceLocation {
  id: string;
  name?: string | null;
  description?: string | null;
  transportation?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  address?: PostalAddress | null;
  url?: string | null;
  phones: readonly (PhoneItem & { id: string })[];
}

/** The client the page was opened for (`?clientId=`), whose home each place is measured from. */
export interface MeasuredFrom {
  name: string;
  point: GeoPoint;
}

/** Where the service is given: each place's address, how far it is from the client's home, a map link, how to get there and its phones. */
export function ServiceLocations({ locations, from }: { locations: readonly ServiceLocation[]; from?: MeasuredFrom | null }) {
  const { t, i18n } = useTranslation('directory');
  return (
    <Stack gap="md">
      {locations.map((location) => {
        const lines = addressLines(location.address);
        const map = mapLink(location.latitude, location.longitude, location.address);
        const { latitude, longitude } = location;
        const km = from && typeof latitude === 'number' && typeof longitude === 'number' ? earthDistanceKm(from.point, { latitude, longitude }) : null;
        return (
          <Stack key={location.id} gap={4}>
            {location.name ? <Text fw={600}>{location.name}</Text> : null}
            {lines.length ? (
              <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
                {lines.map((line) => (
                  <span key={line} style={{ display: 'block' }}>
                    {line}
                  </span>
                ))}
              </Text>
            ) : null}
            {km !== null && from ? (
              <Text size="sm" fw={500}>
                {t('search.service.locations.fromClient', { distance: formatDistance(km, i18n.language), name: from.name })}
              </Text>
            ) : null}
            {map ? (
              <ExternalLink href={map}>
                {t('search.service.locations.map')} <IconExternalLink size={14} aria-label={t('search.service.locations.newTab')} />
              </ExternalLink>
            ) : null}
            {location.url ? (
              <ExternalLink href={location.url} />
            ) : null}
            {location.description ? <Text size="sm">{location.description}</Text> : null}
            {location.transportation ? <LabelledText label={t('search.service.locations.transportation')}>{location.transportation}</LabelledText> : null}
            {location.phones.map((phone) => (
              <PhoneLink key={phone.id} phone={phone} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
