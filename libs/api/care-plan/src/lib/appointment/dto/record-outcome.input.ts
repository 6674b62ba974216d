import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { AppointmentCanceller, AppointmentStatus, LONG_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import '../appointment-enums';
import { AppointmentVersionInput } from './appointment-version.input';

/** The new date of a rescheduled appointment; what, with whom and the transport carry over. */
@InputType()
export class RescheduleInput {
  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'endsAt must be a date and time' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Left out: the same place' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  location?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The new pickup time, when transport is arranged' })
  @IsOptional()
  @IsDate({ message: 'pickupAt must be a date and time' })
  pickupAt?: Date | null;
}

@InputType()
export class RecordAppointmentOutcomeInput extends AppointmentVersionInput {
  @Field(() => AppointmentStatus, { description: 'KEPT or MISSED once it has begun; RESCHEDULED or CANCELLED at any time' })
  @IsEnum(AppointmentStatus, { message: 'outcome must be an appointment status' })
  outcome: AppointmentStatus;

  @Field(() => String, { nullable: true, description: 'What happened, or why it was called off' })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  note?: string | null;

  @Field(() => AppointmentCanceller, { nullable: true, description: 'Required for CANCELLED' })
  @IsOptional()
  @IsEnum(AppointmentCanceller, { message: 'cancelledBy must be an appointment canceller' })
  cancelledBy?: AppointmentCanceller | null;

  @Field({ nullable: true, description: 'For MISSED: put a follow-up with the client on the worklist' })
  @IsOptional()
  @IsBoolean()
  startFollowUp?: boolean;

  @Field(() => RescheduleInput, { nullable: true, description: 'Required for RESCHEDULED: the new appointment' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RescheduleInput)
  reschedule?: RescheduleInput | null;
}
