import { Field, InputType } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText } from '@waymark/api/common';
import { FUND_REFERENCE_MAX_LENGTH, FundPaymentMethod } from '@waymark/shared/types';
import { IsEnum } from 'class-validator';
import '../fund-enums';
import { FundRequestVersionInput } from './fund-request-version.input';

@InputType()
export class PayFundRequestInput extends FundRequestVersionInput {
  @Field(() => FundPaymentMethod)
  @IsEnum(FundPaymentMethod, { message: 'method must be a payment method' })
  method: FundPaymentMethod;

  @Field(() => String, { nullable: true, description: 'A check number or a transfer’s reference' })
  @OptionalText(FUND_REFERENCE_MAX_LENGTH)
  reference?: string | null;

  @Field({ description: "When it was paid, 'YYYY-MM-DD' (not in the future)" })
  @IsCalendarDate()
  paidOn: string;
}
