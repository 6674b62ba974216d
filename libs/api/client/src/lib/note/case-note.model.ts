import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { NoteStatus, NoteType } from '@waymark/shared/types';
import { StaffModel } from '../staff/staff.model';
import { CaseNoteAddendumModel } from './case-note-addendum.model';
import type { CaseNoteEntity } from './case-note.entity';
import { ClientRecordModel, recordFields } from '../shared/client-record.model';

registerEnumType(NoteType, { name: 'NoteType', description: 'The kind of contact a case note documents' });
registerEnumType(NoteStatus, { name: 'NoteStatus', description: "DRAFT (its author's to edit) or SIGNED (locked)" });

@ObjectType('CaseNote')
export class CaseNoteModel extends ClientRecordModel {
  @Field(() => ID, { nullable: true })
  enrollmentId: string | null;

  /** Resolved through the per-request StaffLoader. */
  authorId: string;

  @Field(() => StaffModel, { nullable: true, description: 'Who wrote and signs the note' })
  author?: StaffModel | null;

  @Field(() => NoteType)
  noteType: NoteType;

  @Field(() => GraphQLISODateTime, { description: 'When the contact happened' })
  occurredAt: Date;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  participants: string | null;

  @Field()
  narrative: string;

  @Field(() => NoteStatus)
  status: NoteStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  signedAt: Date | null;

  @Field({ description: 'Signed more than the agency allows after the contact (see ClientSettings.lateEntryDays)' })
  lateEntry: boolean;

  @Field(() => [CaseNoteAddendumModel], { description: 'Corrections added after signing, oldest first' })
  addenda?: CaseNoteAddendumModel[];

  static from(note: CaseNoteEntity): CaseNoteModel {
    return Object.assign(new CaseNoteModel(), recordFields(note), {
      enrollmentId: note.enrollmentId,
      authorId: note.authorId,
      noteType: note.noteType,
      occurredAt: note.occurredAt,
      durationMinutes: note.durationMinutes,
      place: note.place,
      participants: note.participants,
      narrative: note.narrative,
      status: note.status,
      signedAt: note.signedAt,
      lateEntry: note.lateEntry,
    });
  }
}

@ObjectType()
export class CaseNoteConnection extends Connection(CaseNoteModel, 'CaseNote') {
  @Field(() => Int)
  totalCount: number;
}
