import type { FieldChanges } from '@waymark/api/audit';
import { textByLength } from '../shared/field-changes';
import type { CaseNoteEntity } from './case-note.entity';

/** What a worker writes in a note, as the entity holds it. */
export const NOTE_FIELDS = ['enrollmentId', 'noteType', 'occurredAt', 'durationMinutes', 'place', 'participants', 'narrative'] as const satisfies readonly (keyof CaseNoteEntity)[];

/**
 * A note's changes as the audit trail keeps them: the narrative by its length only. Drafts
 * save as the worker types, so its full text at every pause would fill the trail, and the
 * signed note keeps the text for good.
 */
export function auditedNoteChanges(changes: FieldChanges): FieldChanges {
  return textByLength(changes, ['narrative']);
}
