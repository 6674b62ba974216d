import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate } from 'class-validator';

/** A stretch of time the roster is read for: the shifts that overlap it. */
@ArgsType()
export class OnCallRosterArgs {
  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'from must be a date and time' })
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'After from, at most ON_CALL_ROSTER_MAX_DAYS (42) later' })
  @IsDate({ message: 'to must be a date and time' })
  to: Date;
}
