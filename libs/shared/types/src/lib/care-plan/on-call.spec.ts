import { callFollowUpDueOn, shiftTimesProblem } from './on-call';

const LA = 'America/Los_Angeles';
const at = (iso: string) => new Date(iso);

describe('on-call rules', () => {
  it('dues a call the next morning in the agency’s time zone, the same morning for one in the small hours', () => {
    // Monday 16 November 2026, 22:00 in Los Angeles (06:00 UTC on Tuesday).
    expect(callFollowUpDueOn(at('2026-11-17T06:00:00Z'), LA)).toBe('2026-11-17');
    // Monday 18:30 in Los Angeles is still Monday there though already Tuesday in UTC.
    expect(callFollowUpDueOn(at('2026-11-17T02:30:00Z'), LA)).toBe('2026-11-17');
    // Wednesday 02:00 in Los Angeles: the night that began Tuesday evening.
    expect(callFollowUpDueOn(at('2026-11-18T10:00:00Z'), LA)).toBe('2026-11-18');
    expect(callFollowUpDueOn(at('2026-11-18T10:00:00Z'), 'UTC')).toBe('2026-11-19');
  });

  it('moves a morning that falls on the weekend to Monday', () => {
    expect(callFollowUpDueOn(at('2026-11-21T03:00:00Z'), LA)).toBe('2026-11-23'); // Friday 19:00
    expect(callFollowUpDueOn(at('2026-11-21T20:00:00Z'), LA)).toBe('2026-11-23'); // Saturday noon
    expect(callFollowUpDueOn(at('2026-11-23T05:00:00Z'), LA)).toBe('2026-11-23'); // Sunday 21:00
    expect(callFollowUpDueOn(at('2026-11-21T12:00:00Z'), LA)).toBe('2026-11-23'); // Saturday 04:00
  });

  it('checks a shift’s times: it ends after it starts, within 14 days', () => {
    expect(shiftTimesProblem(at('2026-11-20T17:00:00Z'), at('2026-11-20T16:00:00Z'))).toBe('endsBeforeStart');
    expect(shiftTimesProblem(at('2026-11-20T17:00:00Z'), at('2026-11-20T17:00:00Z'))).toBe('endsBeforeStart');
    expect(shiftTimesProblem(at('2026-11-01T00:00:00Z'), at('2026-11-15T00:00:00Z'))).toBeNull();
    expect(shiftTimesProblem(at('2026-11-01T00:00:00Z'), at('2026-11-15T00:00:01Z'))).toBe('tooLong');
  });
});
