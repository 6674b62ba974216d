import { Field, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { FUND_NOTE_MAX_LENGTH } from '@waymark/shared/types';
import { FundRequestVersionInput } from './fund-request-version.input';

@InputType()
export class DecideFundRequestInput extends FundRequestVersionInput {
  @Field(() => String, { nullable: true, description: 'Why; required to refuse or cancel' })
  @OptionalText(FUND_NOTE_MAX_LENGTH)
  note?: string | null;
}
