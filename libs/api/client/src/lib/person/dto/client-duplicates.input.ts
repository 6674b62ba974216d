import { Field, InputType } from '@nestjs/graphql';
import { OptionalEmail, OptionalText } from '@waymark/api/common';
import { NAME_MAX_LENGTH, PHONE_MAX_LENGTH } from '@waymark/shared/types';
import { IsOptional } from 'class-validator';
import { IsBirthDate } from './field-rules';

/** What intake knows so far about the person; any part helps. */
@InputType()
export class ClientDuplicatesInput {
  @Field(() => String, { nullable: true })
  @OptionalText(NAME_MAX_LENGTH)
  legalFirstName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(NAME_MAX_LENGTH)
  legalLastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsBirthDate()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(PHONE_MAX_LENGTH)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;
}
