import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@waymark/api/common';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ClientIncidentsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}
