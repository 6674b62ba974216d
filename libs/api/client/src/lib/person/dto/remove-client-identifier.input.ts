import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class RemoveClientIdentifierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'identifierId must be an identifier id' })
  identifierId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
