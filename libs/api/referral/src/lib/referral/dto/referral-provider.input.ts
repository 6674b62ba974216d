import { Field, InputType } from '@nestjs/graphql';
import { OptionalEmail, OptionalText, RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH, PHONE_MAX_LENGTH, PHONE_PATTERN, PROVIDER_NAME_MAX_LENGTH } from '@waymark/shared/types';
import { Matches } from 'class-validator';

/** A provider not in the directory, typed in by hand: it has no inbox on Waymark. */
@InputType('ReferralProviderInput')
export class ReferralProviderInput {
  @Field()
  @RequiredText(PROVIDER_NAME_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true })
  @Matches(PHONE_PATTERN, { message: '$property must be a phone number' })
  @OptionalText(PHONE_MAX_LENGTH)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  address?: string | null;
}
