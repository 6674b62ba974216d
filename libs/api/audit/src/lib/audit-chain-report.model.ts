import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditChainReport')
export class AuditChainReportModel {
  @Field({ description: 'True when every sealed event still hashes to its recorded value' })
  intact: boolean;

  @Field(() => Int)
  sealedCount: number;

  @Field(() => Int, { description: 'Events written but not yet chained (the sealer runs every few seconds)' })
  unsealedCount: number;

  @Field(() => ID, { nullable: true, description: 'The first event whose hash or link no longer matches' })
  firstBrokenEventId: string | null;

  @Field(() => Int, { nullable: true })
  firstBrokenSequence: number | null;

  @Field(() => GraphQLISODateTime)
  checkedAt: Date;
}
