import { bulkInsert, type Columns, type RunQuery } from './bulk-insert';
import type { TimelineRow } from './seed-rows';

const TIMELINE: Columns<TimelineRow> = {
  client_id: 'uuid',
  occurred_at: 'timestamptz',
  kind: 'text',
  source_type: 'text',
  source_id: 'uuid',
  summary: 'text',
  actor_id: 'uuid',
};

/** Writes timeline entries; both the client records and the care records add theirs. */
export async function writeTimeline(run: RunQuery, agencyId: string, rows: readonly TimelineRow[]): Promise<void> {
  await bulkInsert(run, 'client_timeline_entry', agencyId, TIMELINE, rows);
}
