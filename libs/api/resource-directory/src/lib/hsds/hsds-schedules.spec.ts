import { formerWeekdayRowIds, joinWeekdays, weekdayRowIds } from './hsds-schedules';

const ID = 'a7000000-0000-4000-8000-000000000001';

describe('HSDS schedules and weekday rows', () => {
  it('keeps the schedule id on the first day and derives the others, the same each time', () => {
    const [first, second] = weekdayRowIds(ID, ['MO', 'WE']);
    expect(first).toBe(ID);
    expect(second).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(weekdayRowIds(ID, ['MO', 'WE'])[1]).toBe(second);
    expect(formerWeekdayRowIds(ID, ['MO', 'WE'])).not.toContain(second);
    expect(formerWeekdayRowIds(ID, ['MO'])).toContain(second);
  });

  it('joins the weekday rows of one schedule back together, first day first, and leaves rows edited apart alone', () => {
    const [, wednesday, friday] = weekdayRowIds(ID, ['MO', 'WE', 'FR']);
    const row = (id: string, byday: string, opensAt = '09:00') => ({ id, byday, opens_at: opensAt, service_id: 's' });
    expect(joinWeekdays([row(friday, 'FR', '10:00'), row(ID, 'MO'), row(wednesday, 'WE')])).toEqual([row(friday, 'FR', '10:00'), row(ID, 'MO,WE')]);
  });
});
