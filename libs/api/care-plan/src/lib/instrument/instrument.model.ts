import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { InstrumentDefinition } from '@waymark/shared/types';
import { GraphQLJSON } from 'graphql-scalars';
import type { InstrumentEntity } from './instrument.entity';

@ObjectType('Instrument', { description: 'One revision of an assessment instrument, defined as data' })
export class InstrumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field({ description: "Stable across revisions, e.g. 'SOCIAL_NEEDS'; programs require instruments by code" })
  code: string;

  @Field(() => Int, { description: 'Counts up from 1 per code; the highest is the one new assessments use' })
  revision: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLJSON, { description: 'The InstrumentDefinition (sections, questions, skip logic, needs, scoring) of @waymark/shared/types' })
  definition: InstrumentDefinition;

  @Field({ description: 'Inactive instruments cannot be started; assessments already made keep them' })
  active: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(row: InstrumentEntity): InstrumentModel {
    const { id, version, code, revision, name, description, definition, active, createdAt } = row;
    return Object.assign(new InstrumentModel(), { id, version, code, revision, name, description, definition, active, createdAt });
  }
}
