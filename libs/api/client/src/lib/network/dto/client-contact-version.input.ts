import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a contact at the version the caller last saw. */
@InputType()
export class ClientContactVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'contactId must be a contact id' })
  contactId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
