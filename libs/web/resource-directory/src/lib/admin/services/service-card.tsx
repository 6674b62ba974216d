import { Badge, Stack } from '@mantine/core';
import { IconEdit, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ServiceStatus, weekdayName } from '@waymark/shared/types';
import { formatCalendarDate, formatDateTime, RecordAction, RecordCard, RecordFact, RecordText } from '@waymark/web/client';
import type { ServiceRecord } from '../model';
import { ageRange } from '../../search/age-range';
import { languageName } from '../../search/language-name';
import { sortedOpenings } from './opening-hours';
import { formatOpeningSpan } from '../../shared/opening-time';

const STATUS_COLOR: Record<ServiceStatus, string> = { ACTIVE: 'green', INACTIVE: 'gray', DEFUNCT: 'dark', TEMPORARILY_CLOSED: 'orange' };

/** The week's openings in one line, times as the public page writes them: "Monday 9:00 AM – 5:00 PM, Tuesday 9:00 AM – 12:00 PM". */
function hoursLine(service: Pick<ServiceRecord, 'openingHours'>, language: string): string {
  return sortedOpenings(service.openingHours)
    .map((opening) => `${weekdayName(opening.weekday, language)} ${formatOpeningSpan(opening, language)}`)
    .join(', ');
}

/** One of the organization's services as its admin checks it: status, hours, categories, eligibility, capacity; edit and record capacity. */
export function ServiceCard({ service, onEdit, onRecordCapacity }: { service: ServiceRecord; onEdit?: () => void; onRecordCapacity?: () => void }) {
  const { t, i18n } = useTranslation('directory');
  const language = i18n.language;
  const ages = ageRange(t, service.minimumAge, service.maximumAge);
  const capacity = service.capacity[0];
  return (
    <RecordCard
      recordId={service.id}
      title={service.name}
      facts={service.lastVerifiedOn ? t('admin.verifiedOn', { date: formatCalendarDate(service.lastVerifiedOn, language) }) : t('admin.neverVerified')}
      badges={
        <Badge variant="light" color={STATUS_COLOR[service.status]}>
          {t(`search.service.status.${service.status}`)}
        </Badge>
      }
      actions={[
        onEdit ? <RecordAction key="edit" icon={IconEdit} label={t('admin.service.edit')} ariaLabel={t('admin.service.editNamed', { name: service.name })} onClick={onEdit} /> : null,
        onRecordCapacity ? (
          <RecordAction key="capacity" icon={IconUsers} label={t('admin.capacity.record')} ariaLabel={t('admin.capacity.recordNamed', { name: service.name })} onClick={onRecordCapacity} />
        ) : null,
      ].filter(Boolean)}
    >
      <Stack gap={4}>
        {service.description ? <RecordText>{service.description}</RecordText> : null}
        <RecordFact label={t('admin.hours.legend')}>{hoursLine(service, language) || t('admin.hours.none')}</RecordFact>
        {service.categories.length ? <RecordFact label={t('admin.service.categories')}>{service.categories.map((term) => term.name).join(', ')}</RecordFact> : null}
        {service.languages.length ? <RecordFact label={t('admin.service.languages')}>{service.languages.map((entry) => languageName(entry.code, language)).join(', ')}</RecordFact> : null}
        {ages ? <RecordText>{ages}</RecordText> : null}
        {capacity ? (
          <RecordFact label={t('admin.capacity.current')}>
            {t('admin.capacity.line', { available: capacity.available, maximum: capacity.maximum ?? '—', unit: capacity.unit, at: formatDateTime(capacity.updatedAt, language) })}
          </RecordFact>
        ) : null}
      </Stack>
    </RecordCard>
  );
}
