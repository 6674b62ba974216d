import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ReferralIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a referral id' })
  id: string;
}
