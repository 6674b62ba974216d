import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { RecordAction, RecordCard, RecordFact, RecordText } from '@waymark/web/client';
import { addressLine } from '../../shared/postal-address';
import type { LocationRecord } from '../model';

/** What a location is called on screen: its name, else its address. */
export function locationTitle(location: LocationRecord, t: TFunction): string {
  return location.name || addressLine(location.address) || t('admin.location.unnamed');
}

/** One of the organization's locations: its address, coordinates and time zone; edit. */
export function LocationCard({ location, onEdit }: { location: LocationRecord; onEdit?: () => void }) {
  const { t } = useTranslation('directory');
  const address = addressLine(location.address);
  const title = locationTitle(location, t);
  return (
    <RecordCard
      recordId={location.id}
      title={title}
      facts={location.name ? address : undefined}
      actions={onEdit ? <RecordAction icon={IconEdit} label={t('admin.location.edit')} ariaLabel={t('admin.location.editNamed', { name: title })} onClick={onEdit} /> : null}
    >
      {location.description ? <RecordText>{location.description}</RecordText> : null}
      <RecordFact label={t('admin.location.coordinates')}>
        {location.latitude !== null && location.latitude !== undefined ? `${location.latitude}, ${location.longitude}` : t('admin.location.noCoordinates')}
      </RecordFact>
      <RecordFact label={t('admin.location.timeZone')}>{location.timeZone || t('admin.location.noTimeZone')}</RecordFact>
      {location.transportation ? <RecordFact label={t('admin.location.transportation')}>{location.transportation}</RecordFact> : null}
    </RecordCard>
  );
}
