import { Field, InputType } from '@nestjs/graphql';
import { ClientStatus, IDENTIFIER_KINDS } from '@waymark/shared/types';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ClientDetailsInput } from './client-details.input';
import { RequiredName } from './field-rules';
import { IdentifierInput } from './identifier.input';

/** The statuses a client can be taken in with. */
export const INTAKE_ENTRY_STATUSES: readonly ClientStatus[] = [ClientStatus.INQUIRY, ClientStatus.INTAKE];

@InputType()
export class CreateClientInput extends ClientDetailsInput {
  @Field(() => ClientStatus, { defaultValue: ClientStatus.INTAKE, description: 'INQUIRY or INTAKE' })
  @IsIn(INTAKE_ENTRY_STATUSES, { message: 'status must be INQUIRY or INTAKE for a new client' })
  status: ClientStatus = ClientStatus.INTAKE;

  @Field()
  @RequiredName()
  legalFirstName: string;

  @Field()
  @RequiredName()
  legalLastName: string;

  @Field(() => [IdentifierInput], { nullable: true, description: 'At most one of each kind' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IDENTIFIER_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => IdentifierInput)
  identifiers?: IdentifierInput[] | null;
}
