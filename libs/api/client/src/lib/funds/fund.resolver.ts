import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent, PersonOnly } from '@waymark/api/common';
import { FUND_APPROVER_ROLES, FUND_READER_ROLES, FUND_REQUESTER_ROLES } from '@waymark/shared/types';
import { ClientIdArgs, ClientPageArgs } from '../shared/dto/client-id.args';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { AttachFundReceiptInput } from './dto/attach-fund-receipt.input';
import { DecideFundRequestInput } from './dto/decide-fund-request.input';
import { FundRequestIdArgs } from './dto/fund-request-id.args';
import { PayFundRequestInput } from './dto/pay-fund-request.input';
import { ReconcileFundRequestInput } from './dto/reconcile-fund-request.input';
import { RecordFundDepositInput } from './dto/record-fund-deposit.input';
import { RequestFundsInput } from './dto/request-funds.input';
import { FundQueryService } from './fund-query.service';
import { FundReceiptsLoader } from './fund-receipts.loader';
import { FundRequestService } from './fund-request.service';
import { FundSettlementService } from './fund-settlement.service';
import { ClientFundModel, FundEntryConnection, FundEntryModel, FundReceiptModel, FundRequestConnection, FundRequestModel } from './fund.model';

/**
 * A client's trust fund. The roles below say who may take each step at all; ClientAccess
 * says, per client, whether they may read or change this client's record.
 */
@Resolver(() => FundRequestModel)
export class FundResolver {
  constructor(
    private readonly requests: FundRequestService,
    private readonly settlement: FundSettlementService,
    private readonly queries: FundQueryService,
    private readonly receipts: FundReceiptsLoader,
    private readonly staff: StaffLoader,
  ) {}

  @Query(() => ClientFundModel, { description: "A client's fund balance, in cents" })
  @Allow(...FUND_READER_ROLES)
  clientFund(@Args() { clientId }: ClientIdArgs) {
    return this.queries.fund(clientId);
  }

  @Query(() => FundEntryConnection, { description: "A client's fund ledger, the latest line first" })
  @Allow(...FUND_READER_ROLES)
  clientFundLedger(@Args() args: ClientPageArgs) {
    return this.queries.entries(args);
  }

  @Query(() => FundRequestConnection, { description: "A client's fund requests, the latest first" })
  @Allow(...FUND_READER_ROLES)
  clientFundRequests(@Args() args: ClientPageArgs) {
    return this.queries.requests(args);
  }

  @Query(() => FundRequestModel, { description: 'One fund request' })
  @Allow(...FUND_READER_ROLES)
  fundRequest(@Args() { id }: FundRequestIdArgs) {
    return this.queries.one(id);
  }

  @Mutation(() => FundEntryModel, { description: 'Record money received into a client’s fund (benefits, family)' })
  @Allow(...FUND_APPROVER_ROLES)
  @Idempotent()
  recordFundDeposit(@Args('input') input: RecordFundDepositInput) {
    return this.settlement.deposit(input);
  }

  @Mutation(() => FundRequestModel, { description: 'Ask for money from a client’s fund; a supervisor approves it' })
  @Allow(...FUND_REQUESTER_ROLES)
  @Idempotent()
  requestFunds(@Args('input') input: RequestFundsInput) {
    return this.requests.request(input);
  }

  @Mutation(() => FundRequestModel, { description: 'Approve a waiting request (not your own); INSUFFICIENT_FUNDS when the fund cannot cover it' })
  @Allow(...FUND_APPROVER_ROLES)
  @PersonOnly()
  approveFundRequest(@Args('input') input: DecideFundRequestInput) {
    return this.requests.approve(input);
  }

  @Mutation(() => FundRequestModel, { description: 'Refuse a waiting request (not your own), saying why' })
  @Allow(...FUND_APPROVER_ROLES)
  refuseFundRequest(@Args('input') input: DecideFundRequestInput) {
    return this.requests.refuse(input);
  }

  @Mutation(() => FundRequestModel, { description: 'Withdraw a waiting request (whoever asked, or a supervisor) or an approved, unpaid one (a supervisor), saying why' })
  @Allow(...FUND_REQUESTER_ROLES)
  cancelFundRequest(@Args('input') input: DecideFundRequestInput) {
    return this.requests.cancel(input);
  }

  @Mutation(() => FundRequestModel, { description: 'Record the one payment of an approved request (not your own), a ledger line; INSUFFICIENT_FUNDS when the fund cannot cover it' })
  @Allow(...FUND_APPROVER_ROLES)
  @PersonOnly()
  payFundRequest(@Args('input') input: PayFundRequestInput) {
    return this.settlement.pay(input);
  }

  @Mutation(() => FundRequestModel, { description: 'Attach a receipt to a paid request: a document uploaded with ownerType FUND_REQUEST, and the amount it shows' })
  @Allow(...FUND_REQUESTER_ROLES)
  attachFundReceipt(@Args('input') input: AttachFundReceiptInput) {
    return this.settlement.attachReceipt(input);
  }

  @Mutation(() => FundRequestModel, { description: 'Reconcile a paid request’s receipts against the payment (not your own request); a shortfall is RETURNED to the fund or EXPLAINED' })
  @Allow(...FUND_APPROVER_ROLES)
  @PersonOnly()
  reconcileFundRequest(@Args('input') input: ReconcileFundRequestInput) {
    return this.settlement.reconcile(input);
  }

  @ResolveField('receipts', () => [FundReceiptModel], { description: 'The receipts attached, in the order recorded (not those whose document was removed)' })
  receiptList(@Parent() request: FundRequestModel) {
    return this.receipts.load(request.id);
  }

  @ResolveField('receiptsCents', () => Int, { description: 'The receipts’ total, in cents' })
  async receiptsCents(@Parent() request: FundRequestModel) {
    return (await this.receipts.load(request.id)).reduce((total, receipt) => total + receipt.amountCents, 0);
  }

  @ResolveField('requestedBy', () => StaffModel, { nullable: true })
  requestedBy(@Parent() request: FundRequestModel) {
    return this.staff.load(request.requestedById);
  }

  @ResolveField('decidedBy', () => StaffModel, { nullable: true })
  decidedBy(@Parent() request: FundRequestModel) {
    return this.staff.load(request.decidedById);
  }

  @ResolveField('paidBy', () => StaffModel, { nullable: true })
  paidBy(@Parent() request: FundRequestModel) {
    return this.staff.load(request.paidById);
  }

  @ResolveField('reconciledBy', () => StaffModel, { nullable: true })
  reconciledBy(@Parent() request: FundRequestModel) {
    return this.staff.load(request.reconciledById);
  }
}
