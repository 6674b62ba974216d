import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class CareTeamStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}
