import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOpenAt, localWeekdayAndTime, WEEKDAYS, type Weekday, type WeeklyOpening } from '@waymark/shared/types';

export interface OpeningHoursRow extends WeeklyOpening {
  description?: string | null;
}

// The week as services post it, Monday first.
const WEEK: readonly Weekday[] = [...WEEKDAYS.slice(1), WEEKDAYS[0]];
// 2026-11-22 was a Sunday: WEEKDAYS[i] falls on the 22nd + i.
const SUNDAY = Date.UTC(2026, 10, 22);

function dayName(weekday: Weekday, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(SUNDAY + WEEKDAYS.indexOf(weekday) * 86_400_000);
}

/** "09:00" as the reader writes a time ("9:00 AM", "9:00"). */
function timeOfDay(time: string, language: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (Number.isNaN(hours) || Number.isNaN(minutes)) return time;
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 1, hours, minutes));
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
        <Badge color={openNow ? 'teal' : 'gray'} variant="light">
          {openNow ? t('search.service.openNow') : t('search.service.closedNow')}
        </Badge>
      </Group>
      <Table withRowBorders={false} verticalSpacing={4} aria-label={t('search.service.hours.caption')}>
        <Table.Tbody>
          {WEEK.map((weekday) => {
            const today = weekday === now.weekday;
            const openings = hours.filter((opening) => opening.weekday === weekday).sort((a, b) => a.opensAt.localeCompare(b.opensAt));
            return (
              <Table.Tr key={weekday} bg={today ? 'var(--mantine-primary-color-light)' : undefined} aria-current={today ? 'date' : undefined}>
                <Table.Th scope="row" fw={today ? 700 : 500} w="40%">
                  {dayName(weekday, i18n.language)}
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
                          {timeOfDay(opening.opensAt, i18n.language)} – {timeOfDay(opening.closesAt, i18n.language)}
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
