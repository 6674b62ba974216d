import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, Clock, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope, isUniqueViolation } from '@waymark/api/database';
import {
  AuditAction,
  DocumentOwnerType,
  ErrorReason,
  FundDifferenceResolution,
  fundDifference,
  FundEntryKind,
  FundRequestStatus,
  fundResolutionFits,
} from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { DocumentEntity } from '../document/document.entity';
import type { AttachFundReceiptInput } from './dto/attach-fund-receipt.input';
import type { PayFundRequestInput } from './dto/pay-fund-request.input';
import type { ReconcileFundRequestInput } from './dto/reconcile-fund-request.input';
import type { RecordFundDepositInput } from './dto/record-fund-deposit.input';
import { refuseOwnRequest } from './fund-duties';
import { FundLedger } from './fund-ledger';
import { dollars, fundTimelineLine } from './fund-lines';
import { FundReceiptEntity } from './fund-receipt.entity';
import { FundRequestStore } from './fund-request-store';
import { FundEntryModel, FundRequestModel } from './fund.model';
import { InsufficientFundsError } from './insufficient-funds.error';

export const FUND_RECEIPT_SOURCE_TYPE = 'FundReceipt';

/**
 * Money in and out of a client's fund: deposits, the one payment of an approved request (the
 * fund must hold it), its receipts, and the reconciliation of the receipts against the payment,
 * a shortfall returned to the fund or explained. Whoever asked for the money neither pays nor
 * reconciles it.
 */
@Injectable()
export class FundSettlementService {
  constructor(
    private readonly store: FundRequestStore,
    private readonly ledger: FundLedger,
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  @Transactional()
  async deposit(input: RecordFundDepositInput): Promise<FundEntryModel> {
    await this.access.require(input.clientId, 'write');
    this.refuseFutureDay(input.receivedOn, 'receivedOn');
    const entry = await this.ledger.append({
      clientId: input.clientId,
      kind: FundEntryKind.DEPOSIT,
      amountCents: input.amountCents,
      occurredOn: input.receivedOn,
      source: input.source,
      note: input.note ?? null,
    });
    return FundEntryModel.from(entry);
  }

  /**
   * Pays an approved request once, never by whoever asked for it: the fund's lock is taken
   * first, then the status moves (a concurrent second payment waits on the lock, then finds
   * the request moved on and is refused), then the balance is checked, then the ledger line,
   * which the database also keeps to one per request.
   */
  @Transactional()
  async pay({ requestId, version, method, reference, paidOn }: PayFundRequestInput): Promise<FundRequestModel> {
    const before = await this.store.mustFind(requestId);
    await this.access.require(before.clientId, 'write');
    this.store.requireMove(before, FundRequestStatus.PAID);
    refuseOwnRequest(before, this.me, FundRequestStatus.PAID);
    this.refuseFutureDay(paidOn, 'paidOn');
    await this.ledger.lock(before.clientId);
    const paidAt = this.clock.now();
    const request = await this.store.move(before, version, FundRequestStatus.PAID, { paidBy: this.me, paidAt });
    const { balanceCents } = await this.ledger.totals(request.clientId);
    if (balanceCents < request.amountCents) {
      throw new InsufficientFundsError(`The client’s fund holds ${dollars(balanceCents)}, less than this request.`, { balanceCents });
    }
    try {
      await this.ledger.append({ clientId: request.clientId, kind: FundEntryKind.DISBURSEMENT, amountCents: request.amountCents, occurredOn: paidOn, requestId: request.id, method, reference: reference ?? null });
    } catch (error) {
      if (isUniqueViolation(error)) throw new BadInputError('This request has already been paid.', [{ field: 'requestId', message: 'is paid' }], ErrorReason.ILLEGAL_TRANSITION);
      throw error;
    }
    await this.store.recordStep(
      request,
      AuditAction.UPDATE,
      { status: { from: before.status, to: request.status }, paidAt: { to: paidAt.toISOString() }, paidOn: { to: paidOn }, method: { to: method } },
      fundTimelineLine.paid(request.amountCents, method),
      paidAt,
    );
    return FundRequestModel.from(request);
  }

  /** A receipt document already attached to the paid request, and what it shows. */
  @Transactional()
  async attachReceipt({ requestId, version, documentId, amountCents }: AttachFundReceiptInput): Promise<FundRequestModel> {
    const before = await this.store.mustFind(requestId);
    await this.access.require(before.clientId, 'write');
    if (before.status !== FundRequestStatus.PAID) {
      throw new BadInputError('Receipts are attached to a paid request, before it is reconciled.', [{ field: 'requestId', message: `is ${before.status.toLowerCase()}` }], ErrorReason.ILLEGAL_TRANSITION);
    }
    const document = await this.tenant.repository(DocumentEntity).findOneBy({ id: documentId, ownerType: DocumentOwnerType.FUND_REQUEST, ownerId: requestId });
    if (!document || document.removedAt) throw new NotFoundError('Receipt document');
    const request = await this.store.move(before, version, FundRequestStatus.PAID);
    const receipts = this.tenant.repository(FundReceiptEntity);
    let receipt: FundReceiptEntity;
    try {
      receipt = await receipts.save(receipts.create({ requestId, documentId, amountCents, recordedBy: this.me, recordedAt: this.clock.now() }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new BadInputError('This document is already a receipt of the request.', [{ field: 'documentId', message: 'already attached' }]);
      throw error;
    }
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: FUND_RECEIPT_SOURCE_TYPE,
      entityId: receipt.id,
      clientId: request.clientId,
      changes: { requestId: { to: requestId }, documentId: { to: documentId }, amountCents: { to: amountCents } },
    });
    await this.store.recordStep(request, AuditAction.UPDATE, { receiptCents: { to: amountCents } }, fundTimelineLine.receipt(amountCents), receipt.recordedAt);
    return FundRequestModel.from(request);
  }

  /** The receipts' total (summed in SQL) against the payment; a difference is returned or explained. */
  @Transactional()
  async reconcile({ requestId, version, resolution = null, note = null }: ReconcileFundRequestInput): Promise<FundRequestModel> {
    const before = await this.store.mustFind(requestId);
    await this.access.require(before.clientId, 'write');
    this.store.requireMove(before, FundRequestStatus.RECONCILED);
    refuseOwnRequest(before, this.me, FundRequestStatus.RECONCILED);
    const receiptsCents = await this.receiptsTotal(requestId);
    const difference = fundDifference(before.amountCents, receiptsCents);
    if (!fundResolutionFits(difference, resolution ?? null)) {
      const message =
        difference === 0
          ? 'The receipts match the payment: there is no difference to settle.'
          : difference < 0
            ? `The receipts exceed the payment by ${dollars(-difference)}: explain the difference.`
            : `The receipts are ${dollars(difference)} short of the payment: return it to the fund or explain it.`;
      throw new BadInputError(message, [{ field: 'resolution', message: 'does not fit the difference' }]);
    }
    if (resolution === FundDifferenceResolution.EXPLAINED && !note) throw new BadInputError('Explain the difference.', [{ field: 'note', message: 'required' }]);
    await this.ledger.lock(before.clientId);
    const reconciledAt = this.clock.now();
    const request = await this.store.move(before, version, FundRequestStatus.RECONCILED, { reconciledBy: this.me, reconciledAt, resolution, reconciliationNote: note });
    const returnedCents = resolution === FundDifferenceResolution.RETURNED ? difference : 0;
    if (returnedCents) {
      await this.ledger.append({ clientId: request.clientId, kind: FundEntryKind.RETURN, amountCents: returnedCents, occurredOn: this.clock.today(), requestId: request.id, note });
    }
    await this.store.recordStep(
      request,
      AuditAction.UPDATE,
      {
        status: { from: before.status, to: request.status },
        receiptsCents: { to: receiptsCents },
        differenceCents: { to: difference },
        ...(resolution ? { resolution: { to: resolution } } : {}),
        ...(note ? { reconciliationNoteLength: { to: note.length } } : {}),
      },
      fundTimelineLine.reconciled(request.amountCents, receiptsCents, returnedCents),
      reconciledAt,
    );
    return FundRequestModel.from(request);
  }

  /** A receipt whose document was removed no longer counts. */
  private async receiptsTotal(requestId: string): Promise<number> {
    const row = await this.tenant
      .repository(FundReceiptEntity)
      .createQueryBuilder('r')
      .innerJoin(DocumentEntity, 'd', 'd.id = r.document_id AND d.agency_id = r.agency_id AND d.removed_at IS NULL')
      .select('coalesce(sum(r.amount_cents), 0)::bigint', 'total')
      .andWhere('r.request_id = :requestId', { requestId })
      .getRawOne<{ total: string }>();
    return Number(row?.total ?? 0);
  }

  private refuseFutureDay(day: string, field: string): void {
    if (day > this.clock.today()) throw new BadInputError(`${field} is in the future; record what has happened.`, [{ field, message: 'is in the future' }]);
  }
}
