import { isLackOfProgress } from './progress-rating';

/** A progress entry as the summary needs it. */
export interface RatedEntry {
  rating: number;
  recordedOn: string;
  createdAt: Date | string;
}

export interface ProgressSummary {
  latestRating: number | null;
  /** The latest rating says the goal lost ground or stood still: what a plan review looks for. */
  lackOfProgress: boolean;
}

/** Entries in the order they happened: by the day recorded, then by when they were written. */
export function inRecordedOrder<T extends RatedEntry>(entries: readonly T[]): T[] {
  const at = (entry: RatedEntry) => new Date(entry.createdAt).getTime();
  return [...entries].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || at(a) - at(b));
}

/** A goal's progress at a glance, from its entries over every version of the plan. */
export function summarizeProgress(entries: readonly RatedEntry[]): ProgressSummary {
  const latest = inRecordedOrder(entries).at(-1);
  return { latestRating: latest?.rating ?? null, lackOfProgress: latest ? isLackOfProgress(latest.rating) : false };
}
