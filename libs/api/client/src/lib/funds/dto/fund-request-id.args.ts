import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class FundRequestIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a fund request id' })
  id: string;
}
