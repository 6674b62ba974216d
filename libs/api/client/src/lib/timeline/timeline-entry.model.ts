import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { TimelineKind } from '@waymark/shared/types';
import { StaffModel } from '../staff/staff.model';
import type { TimelineEntryEntity } from './timeline-entry.entity';

registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'What a line on a client’s timeline is about' });

@ObjectType('TimelineEntry', { description: 'One line of a client’s story; sourceType and sourceId open the record it came from' })
export class TimelineEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => TimelineKind)
  kind: TimelineKind;

  @Field()
  summary: string;

  @Field({ description: 'The kind of record it came from, e.g. CaseNote, Incident, Enrollment' })
  sourceType: string;

  @Field(() => ID)
  sourceId: string;

  /** Resolved through the per-request StaffLoader. */
  actorId: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'Who did it; none for the system' })
  actor?: StaffModel | null;

  static from(entry: TimelineEntryEntity): TimelineEntryModel {
    return Object.assign(new TimelineEntryModel(), {
      id: entry.id,
      occurredAt: entry.occurredAt,
      kind: entry.kind,
      summary: entry.summary,
      sourceType: entry.sourceType,
      sourceId: entry.sourceId,
      actorId: entry.actorId,
    });
  }
}

@ObjectType()
export class TimelineEntryConnection extends Connection(TimelineEntryModel, 'TimelineEntry') {}
