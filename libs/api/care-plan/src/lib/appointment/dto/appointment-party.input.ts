import { Field, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { AppointmentParty, NAME_MAX_LENGTH } from '@waymark/shared/types';
import { IsEnum } from 'class-validator';
import '../appointment-enums';

/** Someone who must know of the appointment. */
@InputType()
export class AppointmentPartyInput {
  @Field(() => AppointmentParty)
  @IsEnum(AppointmentParty, { message: 'party must be an appointment party' })
  party: AppointmentParty;

  @Field(() => String, { nullable: true, description: 'The person or team, e.g. the guardian’s name' })
  @OptionalText(NAME_MAX_LENGTH)
  name?: string | null;
}
