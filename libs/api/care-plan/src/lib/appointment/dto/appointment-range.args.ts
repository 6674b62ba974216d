import { ArgsType, Field, GraphQLISODateTime, ID, Int } from '@nestjs/graphql';
import { PAGE_SIZE_MAX } from '@waymark/shared/types';
import { IsBoolean, IsDate, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** A client's appointments, in a range or all of them, a page at a time. */
@ArgsType()
export class ClientAppointmentsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Those starting at or after' })
  @IsOptional()
  @IsDate({ message: 'from must be a date and time' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Those starting before' })
  @IsOptional()
  @IsDate({ message: 'to must be a date and time' })
  to?: Date | null;

  @Field({ defaultValue: false, description: 'Latest first (past appointments) instead of soonest first' })
  @IsBoolean()
  latestFirst: boolean = false;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

/** A worker's calendar: a day or a week (at most CALENDAR_RANGE_DAYS_MAX days). */
@ArgsType()
export class WorkerAppointmentsArgs {
  @Field(() => ID, { nullable: true, description: 'Left out: mine. Someone else’s: supervisors and admins' })
  @IsOptional()
  @IsUUID('all', { message: 'workerId must be a user id' })
  workerId?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Those starting at or after' })
  @IsDate({ message: 'from must be a date and time' })
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'Those starting before' })
  @IsDate({ message: 'to must be a date and time' })
  to: Date;
}
