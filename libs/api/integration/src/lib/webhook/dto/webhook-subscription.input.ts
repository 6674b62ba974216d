import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { WEBHOOK_DESCRIPTION_MAX_LENGTH, WEBHOOK_EVENT_TYPES, WEBHOOK_URL_MAX_LENGTH, WebhookEventType } from '@waymark/shared/types';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'https:// (http:// only to localhost outside production)' })
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  url: string;

  @Field(() => [WebhookEventType])
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(WEBHOOK_DESCRIPTION_MAX_LENGTH)
  description?: string | null;
}

/** Names a subscription at the version the caller last saw. */
@InputType()
export class WebhookSubscriptionVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'subscriptionId must be a subscription id' })
  subscriptionId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

/** Only the fields given change. */
@InputType()
export class UpdateWebhookSubscriptionInput extends WebhookSubscriptionVersionInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  url?: string;

  @Field(() => [WebhookEventType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events?: WebhookEventType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(WEBHOOK_DESCRIPTION_MAX_LENGTH)
  description?: string | null;
}
