import {
  appointmentOutcomeDueOn,
  appointmentPrepareDueOn,
  canChangeAppointmentStatus,
  endsNotAfterStart,
  nextWorkingDay,
  outcomeTooEarly,
  stillToTell,
} from './appointment';

describe('appointment rules', () => {
  it('lets a scheduled appointment take any outcome once, and nothing after', () => {
    for (const outcome of ['KEPT', 'MISSED', 'RESCHEDULED', 'CANCELLED'] as const) expect(canChangeAppointmentStatus('SCHEDULED', outcome)).toBe(true);
    expect(canChangeAppointmentStatus('KEPT', 'MISSED')).toBe(false);
    expect(canChangeAppointmentStatus('CANCELLED', 'SCHEDULED')).toBe(false);
  });

  it('knows kept or missed only once the appointment has begun; a reschedule or a cancellation at any time', () => {
    const now = new Date('2030-03-04T10:00:00Z');
    expect(outcomeTooEarly('KEPT', '2030-03-04T10:30:00Z', now)).toBe(true);
    expect(outcomeTooEarly('MISSED', '2030-03-04T09:30:00Z', now)).toBe(false);
    expect(outcomeTooEarly('CANCELLED', '2030-03-05T09:30:00Z', now)).toBe(false);
    expect(outcomeTooEarly('RESCHEDULED', '2030-03-05T09:30:00Z', now)).toBe(false);
  });

  it('refuses an end at or before the start', () => {
    expect(endsNotAfterStart('2030-03-04T10:00:00Z', '2030-03-04T10:00:00Z')).toBe(true);
    expect(endsNotAfterStart('2030-03-04T10:00:00Z', '2030-03-04T09:00:00Z')).toBe(true);
    expect(endsNotAfterStart('2030-03-04T10:00:00Z', '2030-03-04T10:01:00Z')).toBe(false);
  });

  it('prepares the day before (today when that has passed) and records the outcome the day after', () => {
    expect(appointmentPrepareDueOn('2030-03-10T15:00:00Z', '2030-03-01')).toBe('2030-03-09');
    expect(appointmentPrepareDueOn('2030-03-10T15:00:00Z', '2030-03-10')).toBe('2030-03-10');
    expect(appointmentOutcomeDueOn('2030-03-31T15:00:00Z')).toBe('2030-04-01');
  });

  it('follows a missed appointment up the next working day', () => {
    expect(nextWorkingDay('2030-03-06')).toBe('2030-03-07'); // Wednesday → Thursday
    expect(nextWorkingDay('2030-03-08')).toBe('2030-03-11'); // Friday → Monday
    expect(nextWorkingDay('2030-03-09')).toBe('2030-03-11'); // Saturday → Monday
  });

  it('still has to tell those not told yet', () => {
    expect(stillToTell({ toldAt: null })).toBe(true);
    expect(stillToTell({ toldAt: '2030-03-04T10:00:00Z' })).toBe(false);
  });
});
