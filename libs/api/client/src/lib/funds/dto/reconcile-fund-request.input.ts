import { Field, InputType } from '@nestjs/graphql';
import { OptionalText } from '@waymark/api/common';
import { FUND_NOTE_MAX_LENGTH, FundDifferenceResolution } from '@waymark/shared/types';
import { IsEnum, IsOptional } from 'class-validator';
import '../fund-enums';
import { FundRequestVersionInput } from './fund-request-version.input';

@InputType()
export class ReconcileFundRequestInput extends FundRequestVersionInput {
  @Field(() => FundDifferenceResolution, { nullable: true, description: 'How a difference between the payment and the receipts is settled; none when they match' })
  @IsOptional()
  @IsEnum(FundDifferenceResolution, { message: 'resolution must be RETURNED or EXPLAINED' })
  resolution?: FundDifferenceResolution | null;

  @Field(() => String, { nullable: true, description: 'Required when the difference is EXPLAINED' })
  @OptionalText(FUND_NOTE_MAX_LENGTH)
  note?: string | null;
}
