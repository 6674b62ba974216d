import { ArgsType, Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { FilterPageArgs } from '@waymark/api/common';
import { IsBoolean, IsDate, IsOptional } from 'class-validator';

@InputType('EmergencyCallFilter', { description: 'Which calls of the emergency log: received in [from, to), only those still awaiting their follow-up when asked' })
export class EmergencyCallFilter {
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

/** The log, newest first. */
@ArgsType()
export class EmergencyCallsArgs extends FilterPageArgs(EmergencyCallFilter) {}
