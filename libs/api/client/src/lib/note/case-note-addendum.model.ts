import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '../staff/staff.model';
import type { CaseNoteAddendumEntity } from './case-note-addendum.entity';

@ObjectType('CaseNoteAddendum')
export class CaseNoteAddendumModel {
  @Field(() => ID)
  id: string;

  /** Resolved through the per-request StaffLoader. */
  authorId: string;

  @Field(() => StaffModel, { nullable: true })
  author?: StaffModel | null;

  @Field()
  text: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(addendum: CaseNoteAddendumEntity): CaseNoteAddendumModel {
    return Object.assign(new CaseNoteAddendumModel(), {
      id: addendum.id,
      authorId: addendum.authorId,
      text: addendum.text,
      createdAt: addendum.createdAt,
    });
  }
}
