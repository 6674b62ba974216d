import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names an API client at the version the caller last saw. */
@InputType()
export class ApiClientVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an API client id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
