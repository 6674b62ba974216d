import { NotFoundError } from '@waymark/api/common';
import type { TenantRepository } from '@waymark/api/database';
import { NoteStatus } from '@waymark/shared/types';
import type { CaseNoteEntity } from './case-note.entity';

/**
 * Drafts are not yet part of the record: only their author sees one. As SQL on a note
 * aliased `alias`, with the viewer as the `:viewerId` parameter.
 */
export const VISIBLE_NOTE_SQL = (alias: string) => `(${alias}.status = '${NoteStatus.SIGNED}' OR ${alias}.author_id = :viewerId)`;

/** The same rule on a loaded note: signed, or `viewerId`'s own draft. */
export function isNoteVisible(note: Pick<CaseNoteEntity, 'status' | 'authorId'>, viewerId: string): boolean {
  return note.status !== NoteStatus.DRAFT || note.authorId === viewerId;
}

/** The note if `viewerId` may see it; anyone else's draft is NOT_FOUND, like an unknown id. */
export async function findVisibleNote(notes: TenantRepository<CaseNoteEntity>, id: string, viewerId: string): Promise<CaseNoteEntity> {
  const note = await notes.findOneBy({ id });
  if (!note || !isNoteVisible(note, viewerId)) throw new NotFoundError('Case note');
  return note;
}
