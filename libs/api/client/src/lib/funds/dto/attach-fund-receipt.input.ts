import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { FundAmount } from './fund-amount';
import { FundRequestVersionInput } from './fund-request-version.input';

/** A receipt uploaded as a document attached to the request (POST /documents, ownerType FUND_REQUEST), with the amount it shows. */
@InputType()
export class AttachFundReceiptInput extends FundRequestVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'documentId must be a document id' })
  documentId: string;

  @Field(() => Int, { description: 'What the receipt shows, in cents' })
  @FundAmount()
  amountCents: number;
}
