import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { EMAIL_MAX_LENGTH, ResourceListChannel } from '@waymark/shared/types';
import { IsEnum, IsUUID } from 'class-validator';

@InputType()
export class DeliverResourceListInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'resourceListId must be a resource list id' })
  resourceListId: string;

  @Field(() => ResourceListChannel, { description: 'PRINTED records that the list was printed and handed over; EMAIL and TEXT_MESSAGE send it' })
  @IsEnum(ResourceListChannel, { message: 'channel must be PRINTED, EMAIL or TEXT_MESSAGE' })
  channel: ResourceListChannel;

  @Field(() => String, { nullable: true, description: "The client's e-mail address or phone number; left out, the one on the client's record. Not for PRINTED" })
  @OptionalText(EMAIL_MAX_LENGTH)
  address?: string | null;
}
