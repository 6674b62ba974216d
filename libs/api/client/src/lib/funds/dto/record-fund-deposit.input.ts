import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsCalendarDate, OptionalText } from '@waymark/api/common';
import { FUND_NOTE_MAX_LENGTH, FundDepositSource } from '@waymark/shared/types';
import { IsEnum, IsUUID } from 'class-validator';
import '../fund-enums';
import { FundAmount } from './fund-amount';

@InputType()
export class RecordFundDepositInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => Int, { description: 'In cents' })
  @FundAmount()
  amountCents: number;

  @Field(() => FundDepositSource)
  @IsEnum(FundDepositSource, { message: 'source must be a deposit source' })
  source: FundDepositSource;

  @Field({ description: "When it was received, 'YYYY-MM-DD' (not in the future)" })
  @IsCalendarDate()
  receivedOn: string;

  @Field(() => String, { nullable: true })
  @OptionalText(FUND_NOTE_MAX_LENGTH)
  note?: string | null;
}
