import type { FieldChanges } from '@waymark/api/audit';
import type { CaseNoteEntity } from './case-note.entity';
import { diffFields } from './field-diff';

const FIELDS = ['enrollmentId', 'noteType', 'occurredAt', 'durationMinutes', 'place', 'participants'] as const;

type NoteValues = Pick<CaseNoteEntity, (typeof FIELDS)[number] | 'narrative'>;

/**
 * The fields of a note that a write changed, for the audit trail. The narrative is recorded
 * by its length only: drafts save as the worker types, so its full text at every pause would
 * fill the trail, and the signed note keeps the text for good.
 */
export function noteChanges(before: NoteValues | null, after: NoteValues): FieldChanges {
  const changes = diffFields(before, after, FIELDS);
  if (!before || before.narrative !== after.narrative) {
    changes['narrativeLength'] = before ? { from: before.narrative.length, to: after.narrative.length } : { to: after.narrative.length };
  }
  return changes;
}
