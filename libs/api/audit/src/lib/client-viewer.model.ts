import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

/** One user who read a client's record: how often, first and last, and why when they said. */
@ObjectType('ClientViewer')
export class ClientViewerModel {
  @Field(() => ID)
  actorId: string;

  @Field()
  actorType: string;

  @Field(() => Int, { description: 'Requests that read the record (a page opened once reads several parts of it)' })
  views: number;

  @Field(() => GraphQLISODateTime)
  firstViewedAt: Date;

  @Field(() => GraphQLISODateTime)
  lastViewedAt: Date;

  @Field({ description: 'They broke the glass to open it (BREAK_GLASS)' })
  emergency: boolean;

  @Field(() => [String], { description: 'The reasons given (outside the caseload, in an emergency), each once' })
  reasons: string[];
}
