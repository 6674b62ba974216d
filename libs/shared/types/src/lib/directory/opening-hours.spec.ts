import { isOpenAt, localWeekdayAndTime, openingProblem, openingTimesProblem, WEEK_FROM_MONDAY, weekdayName } from '.';

describe('opening hours', () => {
  const weekdays = [{ weekday: 'MO' as const, opensAt: '09:00', closesAt: '17:00' }];

  it('is open inside the hours and closed at closing time', () => {
    expect(isOpenAt(weekdays, 'MO', '09:00')).toBe(true);
    expect(isOpenAt(weekdays, 'MO', '16:59')).toBe(true);
    expect(isOpenAt(weekdays, 'MO', '17:00')).toBe(false);
    expect(isOpenAt(weekdays, 'TU', '10:00')).toBe(false);
  });

  it('reads the weekday and time in the service’s time zone', () => {
    // 2026-11-24 is a Tuesday; 02:30 UTC is still Monday evening in Chicago.
    expect(localWeekdayAndTime(new Date('2026-11-24T02:30:00Z'), 'America/Chicago')).toEqual({ weekday: 'MO', time: '20:30' });
  });

  it('names the weekdays in the reader’s language, Monday first', () => {
    expect(WEEK_FROM_MONDAY.map((weekday) => weekdayName(weekday, 'en'))).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(weekdayName('SU', 'es')).toBe('domingo');
  });

  it('finds an opening that is incomplete, closes before it opens, or overlaps another that day', () => {
    const week = [
      { weekday: 'MO' as const, opensAt: '09:00', closesAt: '12:00' },
      { weekday: 'MO' as const, opensAt: '11:00', closesAt: '14:00' },
      { weekday: 'TU' as const, opensAt: '11:00', closesAt: '14:00' },
      { weekday: 'WE' as const, opensAt: '14:00', closesAt: '10:00' },
      { weekday: 'TH' as const, opensAt: '9:00', closesAt: '' },
      { weekday: 'FR' as const, opensAt: '12:00', closesAt: '13:00' },
      { weekday: 'FR' as const, opensAt: '13:00', closesAt: '15:00' },
    ];
    expect(week.map((_, index) => openingProblem(week, index))).toEqual(['overlaps', 'overlaps', null, 'closesBeforeOpens', 'incomplete', null, null]);
  });

  it('judges one opening\'s own times alone, as an HSDS schedule row is', () => {
    expect([openingTimesProblem({ opensAt: '09:00', closesAt: '17:00' }), openingTimesProblem({ opensAt: '17:00', closesAt: '17:00' }), openingTimesProblem({ opensAt: '9am', closesAt: '17:00' })]).toEqual([
      null,
      'closesBeforeOpens',
      'incomplete',
    ]);
  });
});
