import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { ClientIdArgs } from '../../shared/dto/client-id.args';

@ArgsType()
export class ClientContactsArgs extends ClientIdArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also list people no longer in the network' })
  @IsBoolean()
  includeArchived: boolean = false;
}
