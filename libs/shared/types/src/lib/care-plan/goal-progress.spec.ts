import { summarizeProgress } from './goal-progress';

describe('summarizeProgress', () => {
  it('takes the latest entry by the day recorded, then by when it was written', () => {
    const entries = [
      { rating: 4, recordedOn: '2027-03-01', createdAt: '2027-03-01T10:00:00Z' },
      { rating: 2, recordedOn: '2027-02-01', createdAt: '2027-03-05T10:00:00Z' },
      { rating: 1, recordedOn: '2027-03-01', createdAt: '2027-03-01T09:00:00Z' },
    ];
    expect(summarizeProgress(entries)).toEqual({ latestRating: 4, lackOfProgress: false });
  });

  it('flags lack of progress when the latest rating is 1 or 2, and nothing without entries', () => {
    expect(summarizeProgress([{ rating: 5, recordedOn: '2027-01-01', createdAt: '2027-01-01T00:00:00Z' }, { rating: 2, recordedOn: '2027-02-01', createdAt: '2027-02-01T00:00:00Z' }])).toEqual({
      latestRating: 2,
      lackOfProgress: true,
    });
    expect(summarizeProgress([])).toEqual({ latestRating: null, lackOfProgress: false });
  });
});
