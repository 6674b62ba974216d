import { Field, InputType } from '@nestjs/graphql';
import { OptionalText, RequiredText } from '@waymark/api/common';
import { DIRECTORY_SHORT_TEXT_MAX_LENGTH, PHONE_MAX_LENGTH, PHONE_PATTERN, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { Matches } from 'class-validator';

@InputType()
export class DirectoryPhoneInput {
  @Field()
  @RequiredText(PHONE_MAX_LENGTH)
  @Matches(PHONE_PATTERN, { message: 'number must be a phone number' })
  number: string;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  extension?: string | null;

  @Field(() => String, { nullable: true, description: 'voice, fax, text, hotline …' })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  type?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(DIRECTORY_SHORT_TEXT_MAX_LENGTH)
  description?: string | null;
}
