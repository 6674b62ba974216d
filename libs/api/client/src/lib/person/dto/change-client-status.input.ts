import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { ClientStatus, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import '../client-enums';

@InputType()
export class ChangeClientStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ClientStatus, { description: 'One of the statuses CLIENT_STATUS_TRANSITIONS allows next' })
  @IsEnum(ClientStatus)
  status: ClientStatus;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  reason?: string | null;
}
