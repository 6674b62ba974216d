import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { IdentifierInput } from './identifier.input';

/** Adds the client's identifier of this kind, or replaces its value. */
@InputType()
export class SetClientIdentifierInput extends IdentifierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => Int, { nullable: true, description: "The version of the client's identifier of this kind, last read; required to replace one" })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
