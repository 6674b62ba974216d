import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, ConflictError, emitInTransaction, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ErrorReason, isLateEntry, NoteStatus, TimelineKind } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { ClientSettingsService } from '../access/client-settings.service';
import { ClientEvent, type NoteEvent } from '../shared/client-events';
import { createdChanges, writeChanges } from '../shared/field-changes';
import { refuseFuture } from '../shared/refuse-future';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import { CaseNoteAddendumEntity } from './case-note-addendum.entity';
import { auditedNoteChanges, NOTE_FIELDS } from './case-note-changes';
import { CaseNoteEntity } from './case-note.entity';
import { CaseNoteModel } from './case-note.model';
import { findVisibleNote } from './case-note-visibility';
import { noteFact } from './note-facts';
import type { AddCaseNoteAddendumInput } from './dto/add-case-note-addendum.input';
import type { CaseNoteVersionInput } from './dto/case-note-version.input';
import type { CreateCaseNoteInput } from './dto/create-case-note.input';
import type { UpdateCaseNoteInput } from './dto/update-case-note.input';

const SOURCE_TYPE = 'CaseNote';

/**
 * Writing case notes: drafts belong to their author, signing locks a note and puts it on the
 * client's timeline, and after that only addenda correct it. Every write is audited.
 */
@Injectable()
export class CaseNoteService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: ClientAccess,
    private readonly settings: ClientSettingsService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly events: EventEmitter2,
  ) {}

  private get notes() {
    return this.tenant.repository(CaseNoteEntity);
  }

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  @Transactional()
  async create(input: CreateCaseNoteInput): Promise<CaseNoteModel> {
    await this.access.require(input.clientId, 'write');
    refuseFuture(input.occurredAt, 'occurredAt');
    if (input.enrollmentId) await this.requireEnrollment(input.clientId, input.enrollmentId);
    const note = await this.notes.save(
      this.notes.create({
        clientId: input.clientId,
        enrollmentId: input.enrollmentId ?? null,
        authorId: this.me,
        noteType: input.noteType,
        occurredAt: input.occurredAt,
        durationMinutes: input.durationMinutes ?? null,
        place: input.place ?? null,
        participants: input.participants ?? null,
        narrative: input.narrative ?? '',
        status: NoteStatus.DRAFT,
        signedAt: null,
        lateEntry: false,
      }),
    );
    await this.audit.record({ action: AuditAction.CREATE, entityType: SOURCE_TYPE, entityId: note.id, clientId: note.clientId, changes: auditedNoteChanges(createdChanges(note, NOTE_FIELDS)) });
    await this.recorded(note);
    return CaseNoteModel.from(note);
  }

  @Transactional()
  async update({ noteId, version, ...patch }: UpdateCaseNoteInput): Promise<CaseNoteModel> {
    const before = await this.editableDraft(noteId);
    if (patch.occurredAt) refuseFuture(patch.occurredAt, 'occurredAt');
    if (patch.enrollmentId) await this.requireEnrollment(before.clientId, patch.enrollmentId);
    const { row: note, changes } = await writeChanges(this.notes, before, version, patch, NOTE_FIELDS, 'Case note');
    if (Object.keys(changes).length) {
      await this.audit.record({ action: AuditAction.UPDATE, entityType: SOURCE_TYPE, entityId: note.id, clientId: note.clientId, changes: auditedNoteChanges(changes) });
    }
    return CaseNoteModel.from(note);
  }

  /** Throws the draft away; it was never part of the record, so nothing else refers to it. */
  @Transactional()
  async discard({ noteId, version }: CaseNoteVersionInput): Promise<boolean> {
    const before = await this.editableDraft(noteId);
    const result = await this.txHost.tx.getRepository(CaseNoteEntity).delete({ id: noteId, agencyId: before.agencyId, version });
    if (!result.affected) throw new ConflictError();
    await this.audit.record({
      action: AuditAction.DELETE,
      entityType: SOURCE_TYPE,
      entityId: noteId,
      clientId: before.clientId,
      changes: { status: { from: before.status }, noteType: { from: before.noteType }, occurredAt: { from: before.occurredAt.toISOString() } },
    });
    return true;
  }

  /** Locks the note, marks a late entry by the agency's rule, and tells the client's story. */
  @Transactional()
  async sign({ noteId, version }: CaseNoteVersionInput): Promise<CaseNoteModel> {
    const before = await this.editableDraft(noteId);
    if (!before.narrative.trim()) {
      throw new BadInputError('Write what happened before signing the note.', [{ field: 'narrative', message: 'must not be empty' }]);
    }
    const signedAt = new Date();
    refuseFuture(before.occurredAt, 'occurredAt', signedAt);
    const lateEntry = isLateEntry(before.occurredAt, signedAt, (await this.settings.current()).lateEntryDays);
    const note = await this.notes.updateVersioned(noteId, version, { status: NoteStatus.SIGNED, signedAt, lateEntry }, 'Case note');
    await this.timeline.add({
      clientId: note.clientId,
      occurredAt: note.occurredAt,
      kind: TimelineKind.NOTE,
      sourceType: SOURCE_TYPE,
      sourceId: note.id,
      summary: timelineLine.note(note.noteType, note.lateEntry),
    });
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: SOURCE_TYPE,
      entityId: note.id,
      clientId: note.clientId,
      changes: { status: { from: before.status, to: note.status }, signedAt: { to: signedAt.toISOString() }, lateEntry: { to: lateEntry } },
    });
    await this.recorded(note);
    return CaseNoteModel.from(note);
  }

  /** Any worker who may write to the client may correct a signed note; the addendum stays as written. */
  @Transactional()
  async addAddendum({ noteId, text }: AddCaseNoteAddendumInput): Promise<CaseNoteModel> {
    const note = await findVisibleNote(this.notes, noteId, this.me);
    await this.access.require(note.clientId, 'write');
    if (note.status !== NoteStatus.SIGNED) {
      throw new BadInputError('Addenda correct signed notes; edit the draft instead.', [{ field: 'noteId', message: 'is a draft' }]);
    }
    const addenda = this.tenant.repository(CaseNoteAddendumEntity);
    const addendum = await addenda.save(addenda.create({ noteId, authorId: this.me, text }));
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'CaseNoteAddendum',
      entityId: addendum.id,
      clientId: note.clientId,
      changes: { noteId: { to: noteId }, textLength: { to: text.length } },
    });
    return CaseNoteModel.from(note);
  }

  /** Tells the contexts above (visits counted, progress linked) that a note was written or signed. */
  private async recorded(note: CaseNoteEntity): Promise<void> {
    const event: NoteEvent = { note: noteFact(note) };
    await emitInTransaction(this.events, ClientEvent.NOTE_RECORDED, event);
  }

  /** The caller's own draft, on a client they may still write to. */
  private async editableDraft(noteId: string): Promise<CaseNoteEntity> {
    const note = await findVisibleNote(this.notes, noteId, this.me);
    await this.access.require(note.clientId, 'write');
    if (note.status !== NoteStatus.DRAFT) {
      throw new BadInputError('This note is signed and can no longer be changed; add an addendum instead.', [{ field: 'noteId', message: 'is signed' }], ErrorReason.LOCKED_RECORD);
    }
    return note;
  }

  /** A note may name one of the client's own enrollments, never another client's. */
  private async requireEnrollment(clientId: string, enrollmentId: string): Promise<void> {
    const rows = await this.txHost.tx.query(`SELECT 1 FROM enrollment WHERE agency_id = $1 AND id = $2 AND client_id = $3`, [
      this.context.agencyId,
      enrollmentId,
      clientId,
    ]);
    if (!rows.length) throw new NotFoundError('Enrollment');
  }
}
