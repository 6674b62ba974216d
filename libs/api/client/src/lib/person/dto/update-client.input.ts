import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { UnlessOmitted } from '@waymark/api/common';
import { IsInt, IsUUID, Min } from 'class-validator';
import { ClientDetailsInput } from './client-details.input';
import { RequiredName } from './field-rules';

/** Changes the fields given; a field left out stays as it is, a nullable one sent as null is cleared. */
@InputType()
export class UpdateClientInput extends ClientDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @RequiredName()
  legalFirstName?: string;

  @Field(() => String, { nullable: true })
  @UnlessOmitted()
  @RequiredName()
  legalLastName?: string;
}
