import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { NAME_MAX_LENGTH, NotificationMethod, NotifiedParty } from '@waymark/shared/types';
import { IsDate, IsEnum } from 'class-validator';

/** Who was told of an incident, when and how. */
@InputType()
export class IncidentNotificationInput {
  @Field(() => NotifiedParty)
  @IsEnum(NotifiedParty, { message: 'party must be a notified party' })
  party: NotifiedParty;

  @Field(() => String, { nullable: true, description: 'The person or office told, or a hotline case number' })
  @OptionalText(NAME_MAX_LENGTH)
  name?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When they were told; not in the future' })
  @IsDate({ message: 'notifiedAt must be a date and time' })
  notifiedAt: Date;

  @Field(() => NotificationMethod)
  @IsEnum(NotificationMethod, { message: 'method must be a notification method' })
  method: NotificationMethod;
}
