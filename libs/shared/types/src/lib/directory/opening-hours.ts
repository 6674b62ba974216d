import { WEEKDAYS, type Weekday } from './directory-status';

/** One opening of a service or location on a weekday, in its local time ("09:00" to "17:00"). */
export interface WeeklyOpening {
  weekday: Weekday;
  opensAt: string;
  closesAt: string;
}

/** The weekday and the "HH:MM" time of a moment in a time zone: what "open now" is judged by. */
export function localWeekdayAndTime(at: Date, timeZone: string): { weekday: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'))];
  return { weekday, time: `${part('hour')}:${part('minute')}` };
}

/** Whether any opening covers the weekday and time. Closing time is exclusive. */
export function isOpenAt(openings: readonly WeeklyOpening[], weekday: Weekday, time: string): boolean {
  return openings.some((opening) => opening.weekday === weekday && opening.opensAt <= time && time < opening.closesAt);
}
