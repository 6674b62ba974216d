import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { NotificationMethod } from '@waymark/shared/types';
import { IsDate, IsEnum, IsUUID } from 'class-validator';
import { AppointmentVersionInput } from './appointment-version.input';

@InputType()
export class MarkAppointmentPartyToldInput extends AppointmentVersionInput {
  @Field(() => ID, { description: 'The party entry (AppointmentPartyToTell.id)' })
  @IsUUID('all', { message: 'partyId must be a party id' })
  partyId: string;

  @Field(() => GraphQLISODateTime, { description: 'When they were told; not in the future' })
  @IsDate({ message: 'toldAt must be a date and time' })
  toldAt: Date;

  @Field(() => NotificationMethod)
  @IsEnum(NotificationMethod, { message: 'method must be a notification method' })
  method: NotificationMethod;
}
