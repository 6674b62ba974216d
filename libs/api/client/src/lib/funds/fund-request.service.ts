import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional } from '@nestjs-cls/transactional';
import { textByLength } from '@waymark/api/audit';
import { BadInputError, Clock, emitInTransaction, RequestContext } from '@waymark/api/common';
import { AuditAction, ErrorReason, FUND_APPROVER_ROLES, FundRequestStatus } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { ClientEvent, type FundRequestEvent } from '../shared/client-events';
import type { DecideFundRequestInput } from './dto/decide-fund-request.input';
import type { RequestFundsInput } from './dto/request-funds.input';
import { FundLedger } from './fund-ledger';
import { refuseOwnRequest } from './fund-duties';
import { fundTimelineLine } from './fund-lines';
import type { FundRequestEntity } from './fund-request.entity';
import { FundRequestStore } from './fund-request-store';
import { FundRequestModel } from './fund.model';
import { InsufficientFundsError } from './insufficient-funds.error';

/**
 * Asking for a client's money and deciding on it: the case team asks, a supervisor or admin
 * other than the one who asked approves (when the fund's available balance covers it) or
 * refuses with a note, and whoever asked (or a supervisor) may cancel while it waits. Each step
 * is on the client's timeline and in the audit trail; the worklist hears of it by event.
 */
@Injectable()
export class FundRequestService {
  constructor(
    private readonly store: FundRequestStore,
    private readonly ledger: FundLedger,
    private readonly access: ClientAccess,
    private readonly events: EventEmitter2,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  private get me(): string {
    return this.context.requirePrincipal().id;
  }

  @Transactional()
  async request(input: RequestFundsInput): Promise<FundRequestModel> {
    await this.access.require(input.clientId, 'write');
    if (input.neededBy < this.clock.today()) {
      throw new BadInputError('neededBy is in the past; name the day the money is needed.', [{ field: 'neededBy', message: 'is in the past' }]);
    }
    const request = await this.store.requests.save(
      this.store.requests.create({
        clientId: input.clientId,
        amountCents: input.amountCents,
        purpose: input.purpose,
        payee: input.payee,
        neededBy: input.neededBy,
        requestedBy: this.me,
        status: FundRequestStatus.REQUESTED,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        paidBy: null,
        paidAt: null,
        reconciledBy: null,
        reconciledAt: null,
        resolution: null,
        reconciliationNote: null,
      }),
    );
    await this.store.recordStep(
      request,
      AuditAction.CREATE,
      textByLength(
        { amountCents: { to: request.amountCents }, purpose: { to: request.purpose }, payee: { to: request.payee }, neededBy: { to: request.neededBy }, status: { to: request.status } },
        ['purpose', 'payee'],
      ),
      fundTimelineLine.requested(request.amountCents),
      request.createdAt,
    );
    await this.emit(ClientEvent.FUND_REQUESTED, request);
    return FundRequestModel.from(request);
  }

  /** Only when the fund can cover it next to the other approved, unpaid requests. */
  @Transactional()
  async approve({ requestId, version, note }: DecideFundRequestInput): Promise<FundRequestModel> {
    const before = await this.decidable(requestId, FundRequestStatus.APPROVED);
    await this.ledger.lock(before.clientId);
    const { balanceCents, committedCents } = await this.ledger.totals(before.clientId, before.id);
    const availableCents = balanceCents - committedCents;
    if (availableCents < before.amountCents) {
      throw new InsufficientFundsError('The client’s fund does not cover this request next to the requests already approved.', { balanceCents, availableCents });
    }
    return this.decide(before, version, FundRequestStatus.APPROVED, note ?? null);
  }

  @Transactional()
  async refuse({ requestId, version, note }: DecideFundRequestInput): Promise<FundRequestModel> {
    if (!note) throw new BadInputError('Say why the request is refused.', [{ field: 'note', message: 'required' }]);
    const before = await this.decidable(requestId, FundRequestStatus.REFUSED);
    return this.decide(before, version, FundRequestStatus.REFUSED, note);
  }

  /**
   * The requester, or a supervisor or admin, withdraws a request still waiting; once approved
   * (and not yet paid) only a supervisor or admin may, which frees the money it held.
   */
  @Transactional()
  async cancel({ requestId, version, note }: DecideFundRequestInput): Promise<FundRequestModel> {
    if (!note) throw new BadInputError('Say why the request is cancelled.', [{ field: 'note', message: 'required' }]);
    const before = await this.store.mustFind(requestId);
    await this.access.require(before.clientId, 'write');
    this.store.requireMove(before, FundRequestStatus.CANCELLED);
    const { role } = this.context.requirePrincipal();
    const approver = FUND_APPROVER_ROLES.includes(role);
    if (before.status === FundRequestStatus.APPROVED && !approver) {
      throw new BadInputError('Once approved, only a supervisor may withdraw this request.', [{ field: 'requestId', message: 'is approved' }], ErrorReason.ILLEGAL_TRANSITION);
    }
    if (before.requestedBy !== this.me && !approver) {
      throw new BadInputError('Only whoever asked, or a supervisor, may cancel this request.', [{ field: 'requestId', message: 'requested by someone else' }]);
    }
    return this.decide(before, version, FundRequestStatus.CANCELLED, note);
  }

  /** A waiting request on a client the caller may write to, not their own. */
  private async decidable(requestId: string, to: FundRequestStatus): Promise<FundRequestEntity> {
    const request = await this.store.mustFind(requestId);
    await this.access.require(request.clientId, 'write');
    this.store.requireMove(request, to);
    refuseOwnRequest(request, this.me, to);
    return request;
  }

  private async decide(before: FundRequestEntity, version: number, to: FundRequestStatus, note: string | null): Promise<FundRequestModel> {
    const decidedAt = this.clock.now();
    const request = await this.store.move(before, version, to, { decidedBy: this.me, decidedAt, decisionNote: note });
    const line = { APPROVED: fundTimelineLine.approved, REFUSED: fundTimelineLine.refused, CANCELLED: fundTimelineLine.cancelled }[to as 'APPROVED' | 'REFUSED' | 'CANCELLED'];
    await this.store.recordStep(
      request,
      AuditAction.UPDATE,
      { status: { from: before.status, to }, decidedAt: { to: decidedAt.toISOString() }, ...(note ? { decisionNoteLength: { to: note.length } } : {}) },
      line(request.amountCents),
      decidedAt,
    );
    await this.emit(ClientEvent.FUND_REQUEST_DECIDED, request);
    return FundRequestModel.from(request);
  }

  private async emit(event: string, request: FundRequestEntity): Promise<void> {
    const payload: FundRequestEvent = {
      request: { id: request.id, clientId: request.clientId, amountCents: request.amountCents, neededBy: request.neededBy, status: request.status },
    };
    await emitInTransaction(this.events, event, payload);
  }
}
