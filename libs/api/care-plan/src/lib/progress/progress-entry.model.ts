import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import type { ProgressEntryEntity } from './progress-entry.entity';

@ObjectType('ProgressEntry')
export class ProgressEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  goalKey: string;

  @Field(() => ID, { nullable: true, description: 'The objective it is about; null: the goal as a whole' })
  objectiveKey: string | null;

  @Field(() => Int, { description: '1 lost ground, 2 no progress, 3 some progress, 4 good progress, 5 achieved' })
  rating: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: "The day progress was seen, 'YYYY-MM-DD'" })
  recordedOn: string;

  @Field(() => ID, { nullable: true, description: 'The case note it was seen in' })
  caseNoteId: string | null;

  recordedById: string | null;

  @Field(() => StaffModel, { nullable: true })
  recordedBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(row: ProgressEntryEntity): ProgressEntryModel {
    return Object.assign(new ProgressEntryModel(), {
      id: row.id,
      goalKey: row.goalKey,
      objectiveKey: row.objectiveKey,
      rating: row.rating,
      note: row.note,
      recordedOn: row.recordedOn,
      caseNoteId: row.caseNoteId,
      recordedById: row.recordedBy,
      createdAt: row.createdAt,
    });
  }
}
