import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import {
  MEDIUM_TEXT_MAX_LENGTH,
  REFERRAL_DECLINE_REASONS,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  REFERRAL_STEP_NOTE_MAX_LENGTH,
  type ReferralDeclineReason,
  type ReferralOutcome,
  type ReferralStatus,
  SHORT_TEXT_MAX_LENGTH,
} from '@waymark/shared/types';
import { IsDate, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { ReferralDeclineReason as DeclineEnum, ReferralOutcome as OutcomeEnum, ReferralStatus as StatusEnum } from '../referral-enums';

/** One step of the machine, with what it needs: a decline its reason, a booking its time, a completion its outcome, a cancellation its note. */
@InputType()
export class MoveReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a referral id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => StatusEnum)
  @IsEnum(REFERRAL_STATUSES, { message: 'to must be a referral status' })
  to: ReferralStatus;

  @Field(() => String, { nullable: true, description: "A note on the step, on both agencies' history" })
  @OptionalText(REFERRAL_STEP_NOTE_MAX_LENGTH)
  note?: string | null;

  @Field(() => DeclineEnum, { nullable: true, description: 'Required to decline' })
  @IsOptional()
  @IsEnum(REFERRAL_DECLINE_REASONS, { message: 'declineReason must be a decline reason' })
  declineReason?: ReferralDeclineReason | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Required to schedule' })
  @IsOptional()
  @IsDate({ message: 'appointmentAt must be a date and time' })
  appointmentAt?: Date | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  appointmentLocation?: string | null;

  @Field(() => OutcomeEnum, { nullable: true, description: 'Required to complete' })
  @IsOptional()
  @IsEnum(REFERRAL_OUTCOMES, { message: 'outcome must be a referral outcome' })
  outcome?: ReferralOutcome | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  outcomeNote?: string | null;
}
