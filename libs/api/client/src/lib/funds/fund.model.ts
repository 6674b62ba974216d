import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { FundDepositSource, FundDifferenceResolution, FundEntryKind, FundPaymentMethod, FundRequestStatus } from '@waymark/shared/types';
import { DocumentModel } from '../document/document.model';
import { ClientRecordModel, recordFields } from '../shared/client-record.model';
import { StaffModel } from '../staff/staff.model';
import type { FundEntryEntity } from './fund-entry.entity';
import type { FundRequestEntity } from './fund-request.entity';
import './fund-enums';

@ObjectType('ClientFund', { description: 'A client’s trust fund, in cents' })
export class ClientFundModel {
  @Field(() => ID)
  clientId: string;

  @Field(() => Int, { description: 'The ledger’s sum: deposits and returns less disbursements' })
  balanceCents: number;

  @Field(() => Int, { description: 'Approved requests not paid yet' })
  committedCents: number;

  @Field(() => Int, { description: 'The balance less what is committed: what a new approval may use' })
  availableCents: number;
}

@ObjectType('FundEntry', { description: 'A line of a client’s fund ledger; never changed' })
export class FundEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => FundEntryKind)
  kind: FundEntryKind;

  @Field(() => Int, { description: 'Always positive; DISBURSEMENT lowers the balance' })
  amountCents: number;

  @Field({ description: "When the money moved, 'YYYY-MM-DD'" })
  occurredOn: string;

  @Field(() => FundDepositSource, { nullable: true })
  source: FundDepositSource | null;

  @Field(() => ID, { nullable: true, description: 'The request a disbursement or return settles' })
  requestId: string | null;

  @Field(() => FundPaymentMethod, { nullable: true })
  method: FundPaymentMethod | null;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  recordedById: string;

  @Field(() => StaffModel, { nullable: true })
  recordedBy?: StaffModel | null;

  static from(entry: FundEntryEntity): FundEntryModel {
    return Object.assign(new FundEntryModel(), {
      id: entry.id,
      clientId: entry.clientId,
      kind: entry.kind,
      amountCents: entry.amountCents,
      occurredOn: entry.occurredOn,
      source: entry.source,
      requestId: entry.requestId,
      method: entry.method,
      reference: entry.reference,
      note: entry.note,
      recordedAt: entry.recordedAt,
      recordedById: entry.recordedBy,
    });
  }
}

@ObjectType()
export class FundEntryConnection extends Connection(FundEntryModel, 'FundEntry') {
  @Field(() => Int)
  totalCount: number;
}

@ObjectType('FundReceipt', { description: 'A receipt for a paid request and the amount it shows' })
export class FundReceiptModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  amountCents: number;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  @Field(() => DocumentModel, { description: 'The receipt’s document' })
  document: DocumentModel;
}

@ObjectType('FundRequest', { description: 'A request to pay something out of a client’s trust fund' })
export class FundRequestModel extends ClientRecordModel {
  @Field(() => Int, { description: 'In cents' })
  amountCents: number;

  @Field()
  purpose: string;

  @Field()
  payee: string;

  @Field({ description: "'YYYY-MM-DD'" })
  neededBy: string;

  @Field(() => FundRequestStatus)
  status: FundRequestStatus;

  requestedById: string;

  @Field(() => StaffModel, { nullable: true })
  requestedBy?: StaffModel | null;

  decidedById: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'Who approved, refused or cancelled it' })
  decidedBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;

  paidById: string | null;

  @Field(() => StaffModel, { nullable: true })
  paidBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  paidAt: Date | null;

  reconciledById: string | null;

  @Field(() => StaffModel, { nullable: true })
  reconciledBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reconciledAt: Date | null;

  @Field(() => FundDifferenceResolution, { nullable: true })
  resolution: FundDifferenceResolution | null;

  @Field(() => String, { nullable: true })
  reconciliationNote: string | null;

  static from(request: FundRequestEntity): FundRequestModel {
    return Object.assign(new FundRequestModel(), recordFields(request), {
      amountCents: request.amountCents,
      purpose: request.purpose,
      payee: request.payee,
      neededBy: request.neededBy,
      status: request.status,
      requestedById: request.requestedBy,
      decidedById: request.decidedBy,
      decidedAt: request.decidedAt,
      decisionNote: request.decisionNote,
      paidById: request.paidBy,
      paidAt: request.paidAt,
      reconciledById: request.reconciledBy,
      reconciledAt: request.reconciledAt,
      resolution: request.resolution,
      reconciliationNote: request.reconciliationNote,
    });
  }
}

@ObjectType()
export class FundRequestConnection extends Connection(FundRequestModel, 'FundRequest') {
  @Field(() => Int)
  totalCount: number;
}
