import { Field, InputType } from '@nestjs/graphql';
import { OptionalEmail, OptionalPhone, OptionalText, RequiredText } from '@waymark/api/common';
import { MEDIUM_TEXT_MAX_LENGTH, PROVIDER_NAME_MAX_LENGTH } from '@waymark/shared/types';

/** A provider not in the directory, typed in by hand: it has no inbox on Waymark. */
@InputType('ReferralProviderInput')
export class ReferralProviderInput {
  @Field()
  @RequiredText(PROVIDER_NAME_MAX_LENGTH)
  name: string;

  @Field(() => String, { nullable: true })
  @OptionalPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MEDIUM_TEXT_MAX_LENGTH)
  address?: string | null;
}
