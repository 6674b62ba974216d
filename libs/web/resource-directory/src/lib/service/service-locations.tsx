import { Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addressLines, mapLink, type PostalAddress } from './map-link';
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

/** Where the service is given: each place's address, a map link, how to get there and its phones. */
export function ServiceLocations({ locations }: { locations: readonly ServiceLocation[] }) {
  const { t } = useTranslation('directory');
  return (
    <Stack gap="md">
      {locations.map((location) => {
        const lines = addressLines(location.address);
        const map = mapLink(location.latitude, location.longitude, location.address);
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
