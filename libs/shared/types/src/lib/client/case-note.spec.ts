import { isLateEntry } from './case-note';

describe('isLateEntry', () => {
  const occurredAt = '2026-03-02T15:00:00.000Z';

  it('is on time up to exactly the allowed days after the contact', () => {
    expect(isLateEntry(occurredAt, '2026-03-05T15:00:00.000Z', 3)).toBe(false);
    expect(isLateEntry(new Date(occurredAt), new Date('2026-03-03T14:59:00.000Z'), 1)).toBe(false);
  });

  it('is late once more than the allowed days have passed', () => {
    expect(isLateEntry(occurredAt, '2026-03-05T15:00:00.001Z', 3)).toBe(true);
    expect(isLateEntry(occurredAt, '2026-03-02T15:00:00.001Z', 0)).toBe(true);
  });
});
