import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { OptionalPhone } from '@waymark/api/common';
import { OnCallTier } from '@waymark/shared/types';
import { IsDate, IsEnum, IsUUID } from 'class-validator';
import '../on-call-enums';

/** A shift as the roster form sends it, whole: a new one, or a change to one. */
@InputType({ isAbstract: true })
export class ShiftFields {
  @Field(() => ID, { description: 'The worker on call: an active user of the agency who carries tasks' })
  @IsUUID('all', { message: 'staffId must be a user id' })
  staffId: string;

  @Field(() => OnCallTier)
  @IsEnum(OnCallTier, { message: 'tier must be PRIMARY or BACKUP' })
  tier: OnCallTier;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'After startsAt, at most ON_CALL_SHIFT_MAX_DAYS (14) later' })
  @IsDate({ message: 'endsAt must be a date and time' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'How to reach them on this shift' })
  @OptionalPhone()
  phone?: string | null;
}
