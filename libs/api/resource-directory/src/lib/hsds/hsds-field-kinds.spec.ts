import { date, dateTime, decimal, integer, oneOf, time, uuid, weekdays } from './hsds-field-kinds';

describe('HSDS field kinds', () => {
  it('reads dates of the calendar only', () => {
    expect(date.parse('2026-02-28')).toEqual({ value: '2026-02-28' });
    expect(date.parse('2026-02-30')).toEqual({ error: '"2026-02-30" is not a date (YYYY-MM-DD)' });
    expect(date.parse('28/02/2026')).toHaveProperty('error');
  });

  it('reads times of day with or without seconds and offset, as HH:MM', () => {
    expect(time.parse('09:00')).toEqual({ value: '09:00' });
    expect(time.parse('18:30:00')).toEqual({ value: '18:30' });
    expect(time.parse('09:00-05:00')).toEqual({ value: '09:00' });
    expect(time.parse('24:00')).toHaveProperty('error');
    expect(time.parse('9am')).toHaveProperty('error');
  });

  it('reads numbers from JSON numbers and CSV text, within their range', () => {
    expect(decimal(-90, 90).parse('33.95')).toEqual({ value: 33.95 });
    expect(decimal(-90, 90).parse(-91)).toEqual({ error: '-91 is not a number from -90 to 90' });
    expect(integer(0, 130).parse('18')).toEqual({ value: 18 });
    expect(integer(0, 130).parse(1.5)).toHaveProperty('error');
  });

  it('reads HSDS spellings in any case and stores Waymark values', () => {
    const status = oneOf({ ACTIVE: 'active', TEMPORARILY_CLOSED: 'temporarily closed' });
    expect(status.parse('Temporarily Closed')).toEqual({ value: 'TEMPORARILY_CLOSED' });
    expect(status.parse('open')).toEqual({ error: '"open" is not one of: active, temporarily closed' });
    expect(status.select?.('s.status')).toBe(`CASE s.status WHEN 'ACTIVE' THEN 'active' WHEN 'TEMPORARILY_CLOSED' THEN 'temporarily closed' END`);
  });

  it('reads ids, weekday lists and moments', () => {
    expect(uuid.parse('A1000000-0000-4000-8000-000000000001')).toEqual({ value: 'a1000000-0000-4000-8000-000000000001' });
    expect(uuid.parse('not-a-uuid')).toEqual({ error: '"not-a-uuid" is not a UUID' });
    expect(weekdays.parse('mo, WE,MO')).toEqual({ value: ['MO', 'WE'] });
    expect(weekdays.parse('2MO')).toHaveProperty('error');
    expect(dateTime.parse('2024-09-25T14:23:06.5+01:00')).toEqual({ value: '2024-09-25T13:23:06.500Z' });
  });
});
