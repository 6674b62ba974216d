import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOpenAt, localWeekdayAndTime, WEEK_FROM_MONDAY, weekdayName, type WeeklyOpening } from '@waymark/shared/types';
import { OpenNowBadge } from '../search/service-badges';
import { formatOpeningSpan } from '../shared/opening-time';

export interface OpeningHoursRow extends WeeklyOpening {
  description?: string | null;
}

/**
 * The week's opening hours, today's row marked (in the service's own time zone) and whether it
 * is open now. A day without hours reads "Closed".
 */
export function OpeningHoursTable({ hours, timeZone }: { hours: readonly OpeningHoursRow[]; timeZone: string }) {
  const { t, i18n } = useTranslation('directory');
  const now = localWeekdayAndTime(new Date(), timeZone);
  const openNow = isOpenAt(hours, now.weekday, now.time);
  return (
    <>
      <Group gap="xs" mb="xs">
        <OpenNowBadge openNow={openNow} />
      </Group>
      <Table withRowBorders={false} verticalSpacing={4} aria-label={t('search.service.hours.caption')}>
        <Table.Tbody>
          {WEEK_FROM_MONDAY.map((weekday) => {
            const today = weekday === now.weekday;
            const openings = hours.filter((opening) => opening.weekday === weekday).sort((a, b) => a.opensAt.localeCompare(b.opensAt));
            return (
              <Table.Tr key={weekday} bg={today ? 'var(--mantine-primary-color-light)' : undefined} aria-current={today ? 'date' : undefined}>
                <Table.Th scope="row" fw={today ? 700 : 500} w="40%">
                  {weekdayName(weekday, i18n.language)}
                  {today ? (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      ({t('search.service.hours.today')})
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td fw={today ? 700 : 400}>
                  {openings.length
                    ? openings.map((opening) => (
                        <div key={`${opening.opensAt}-${opening.closesAt}`}>
                          {formatOpeningSpan(opening, i18n.language)}
                          {opening.description ? (
                            <Text span size="sm" c="dimmed">
                              {' '}
                              · {opening.description}
                            </Text>
                          ) : null}
                        </div>
                      ))
                    : t('search.service.hours.closed')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
