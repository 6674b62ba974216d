import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IncidentFields } from './incident-fields.input';
import { IncidentNotificationInput } from './incident-notification.input';

/** Enough notifications for any real report; the cap keeps a request small. */
const NOTIFICATIONS_MAX = 20;

@InputType()
export class ReportIncidentInput extends IncidentFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => [IncidentNotificationInput], { nullable: true, description: 'Those already told when the report is made' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATIONS_MAX)
  @ValidateNested({ each: true })
  @Type(() => IncidentNotificationInput)
  notifications?: IncidentNotificationInput[];
}
