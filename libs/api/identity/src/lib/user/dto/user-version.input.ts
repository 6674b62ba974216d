import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a user at the version the caller last saw. */
@InputType()
export class UserVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
