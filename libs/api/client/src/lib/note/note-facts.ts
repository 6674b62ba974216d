import { Injectable } from '@nestjs/common';
import { RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { NoteStatus } from '@waymark/shared/types';
import type { NoteFact } from '../shared/client-facts';
import { isNoteVisible } from './case-note-visibility';
import { CaseNoteEntity } from './case-note.entity';

/**
 * Case notes as the contexts above see them (progress linked to the note it came from):
 * plain facts of the caller's agency. The caller decides what a note of another client, or
 * another worker's draft, means for its own record.
 */
@Injectable()
export class NoteFacts {
  constructor(
    private readonly tenant: TenantScope,
    private readonly context: RequestContext,
  ) {}

  async find(noteId: string): Promise<NoteFact | null> {
    const note = await this.tenant.repository(CaseNoteEntity).findOneBy({ id: noteId });
    return note && noteFact(note);
  }

  /** The note if the caller may see it, by the notes' own rule (anyone else's draft is not there yet); null otherwise. */
  async findVisible(noteId: string): Promise<NoteFact | null> {
    const note = await this.tenant.repository(CaseNoteEntity).findOneBy({ id: noteId });
    return note && isNoteVisible(note, this.context.requirePrincipal().id) ? noteFact(note) : null;
  }
}

/** A note as the contexts above see it, in a query's answer or in a NOTE_RECORDED event. */
export function noteFact(note: CaseNoteEntity): NoteFact {
  return {
    id: note.id,
    clientId: note.clientId,
    enrollmentId: note.enrollmentId,
    authorId: note.authorId,
    noteType: note.noteType,
    occurredAt: note.occurredAt,
    signed: note.status === NoteStatus.SIGNED,
  };
}
