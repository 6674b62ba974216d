import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { IsBoolean, IsDate, IsOptional } from 'class-validator';

/** The log, newest first: calls received in [from, to), only those still awaiting their follow-up when asked. */
@ArgsType()
export class EmergencyCallsArgs extends PageArgs {
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'from must be a date and time' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive' })
  @IsOptional()
  @IsDate({ message: 'to must be a date and time' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only calls whose follow-up is still to be recorded' })
  @IsOptional()
  @IsBoolean()
  needsFollowUp?: boolean | null;
}
