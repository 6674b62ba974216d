import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsCalendarDate, RequiredText } from '@waymark/api/common';
import { FUND_PAYEE_MAX_LENGTH, FUND_PURPOSE_MAX_LENGTH } from '@waymark/shared/types';
import { IsUUID } from 'class-validator';
import { FundAmount } from './fund-amount';

@InputType()
export class RequestFundsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;

  @Field(() => Int, { description: 'In cents' })
  @FundAmount()
  amountCents: number;

  @Field({ description: 'What the money is for' })
  @RequiredText(FUND_PURPOSE_MAX_LENGTH)
  purpose: string;

  @Field({ description: 'Who is to be paid' })
  @RequiredText(FUND_PAYEE_MAX_LENGTH)
  payee: string;

  @Field({ description: "'YYYY-MM-DD'" })
  @IsCalendarDate()
  neededBy: string;
}
