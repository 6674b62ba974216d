import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@ArgsType()
export class ClientContactsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Also list people no longer in the network' })
  @IsBoolean()
  includeArchived: boolean = false;
}
