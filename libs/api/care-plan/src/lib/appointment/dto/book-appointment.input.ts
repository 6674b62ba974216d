import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { APPOINTMENT_PARTIES_MAX, AppointmentKind, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import '../appointment-enums';
import { AppointmentPartyInput } from './appointment-party.input';
import { TransportInput } from './transport.input';

@InputType()
export class BookAppointmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => ID, { nullable: true, description: 'The enrollment it serves; its primary case manager prepares it' })
  @IsOptional()
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId?: string | null;

  @Field(() => AppointmentKind)
  @IsEnum(AppointmentKind, { message: 'kind must be an appointment kind' })
  kind: AppointmentKind;

  @Field(() => String, { nullable: true, description: 'What it is about, in a line' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  purpose?: string | null;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'After startsAt' })
  @IsDate({ message: 'endsAt must be a date and time' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where: the address' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'With whom: the provider or person' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  withWhom?: string | null;

  @Field(() => ID, { nullable: true, description: 'A directory service it is with' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string | null;

  @Field(() => TransportInput, { nullable: true, description: 'Left out: no transport needed' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TransportInput)
  transport?: TransportInput | null;

  @Field(() => [AppointmentPartyInput], { nullable: true, description: 'Who must know of it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(APPOINTMENT_PARTIES_MAX)
  @ValidateNested({ each: true })
  @Type(() => AppointmentPartyInput)
  parties?: AppointmentPartyInput[];
}
