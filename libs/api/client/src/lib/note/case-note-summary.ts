import type { NoteType } from '@waymark/shared/types';
import type { CaseNoteEntity } from './case-note.entity';

const LABELS: Record<NoteType, string> = {
  HOME_VISIT: 'Home visit',
  PHONE_CALL: 'Phone call',
  OFFICE_VISIT: 'Office visit',
  COLLATERAL_CONTACT: 'Collateral contact',
  CRISIS_INTERVENTION: 'Crisis intervention',
  TRANSPORT: 'Transport',
  SCHOOL_VOCATIONAL_VISIT: 'School or vocational visit',
  OTHER: 'Other contact',
};

/** The timeline's line for a signed note: its kind of contact, never the narrative. */
export function noteSummary(note: Pick<CaseNoteEntity, 'noteType' | 'lateEntry'>): string {
  return `${LABELS[note.noteType]} note${note.lateEntry ? ' (late entry)' : ''}`;
}
