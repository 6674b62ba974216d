import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { LONG_TEXT_MAX_LENGTH, TransportProvider } from '@waymark/shared/types';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import '../appointment-enums';

/** Whether the client needs a ride, and who gives it; the service checks each provider names what it needs. */
@InputType()
export class TransportInput {
  @Field()
  @IsBoolean()
  needed: boolean;

  @Field(() => TransportProvider, { nullable: true, description: 'Required when transport is needed' })
  @IsOptional()
  @IsEnum(TransportProvider, { message: 'provider must be a transport provider' })
  provider?: TransportProvider | null;

  @Field(() => ID, { nullable: true, description: 'For CASE_MANAGER: the worker who drives (a user of the agency who carries tasks)' })
  @IsOptional()
  @IsUUID('all', { message: 'staffId must be a user id' })
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For DIRECTORY_SERVICE: the directory service that drives' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'pickupAt must be a date and time' })
  pickupAt?: Date | null;

  @Field(() => String, { nullable: true })
  @OptionalText(LONG_TEXT_MAX_LENGTH)
  notes?: string | null;
}
