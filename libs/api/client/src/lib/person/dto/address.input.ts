import { Field, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  line1?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  line2?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  region?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(SHORT_TEXT_MAX_LENGTH)
  postalCode?: string | null;
}
