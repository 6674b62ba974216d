import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IdentifierInput } from './identifier.input';

/** Adds the client's identifier of this kind, or replaces its value. */
@InputType()
export class SetClientIdentifierInput extends IdentifierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}
