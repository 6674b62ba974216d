import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** Names a fund request at the version the caller last saw. */
@InputType()
export class FundRequestVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a fund request id' })
  requestId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
