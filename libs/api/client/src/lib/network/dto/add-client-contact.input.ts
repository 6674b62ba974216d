import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ClientContactFields } from './client-contact-fields.input';

@InputType()
export class AddClientContactInput extends ClientContactFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}
