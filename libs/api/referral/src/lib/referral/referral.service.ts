import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate } from '@waymark/api/client';
import { ForbiddenError, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ReferralBox, ReferralSide } from '@waymark/shared/types';
import type { CreateReferralInput } from './dto/create-referral.input';
import type { MoveReferralInput } from './dto/move-referral.input';
import type { ReferralsArgs } from './dto/referrals.args';
import type { UpdateReferralInput } from './dto/update-referral.input';
import { ReceivedReferrals } from './received-referrals';
import { countsByStatus, pageOfReferrals, referralCursor } from './referral-list';
import { moveChanges, REFERRAL, ReferralMover } from './referral-mover';
import { ReferralSides } from './referral-sides';
import { ReferralWriter } from './referral-writer';
import { ReferralEntity } from './referral.entity';
import { ReferralModel } from './referral.model';
import { ReferredClients } from './referred-clients';
import { SenderScope } from './sender-scope';

/**
 * Referrals as both sides read and work them. The sender reaches its own through its clients'
 * access rules; the receiving agency its inbox (ReceivedReferrals), and its steps are taken in
 * the sender's scope, so the referral, its step, the sender's timeline and trail change there,
 * while the receiver's own trail records what its staff did.
 */
@Injectable()
export class ReferralService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly sides: ReferralSides,
    private readonly received: ReceivedReferrals,
    private readonly clients: ReferredClients,
    private readonly writer: ReferralWriter,
    private readonly mover: ReferralMover,
    private readonly senderScope: SenderScope,
    private readonly audit: AuditTrail,
  ) {}

  async one(id: string): Promise<ReferralModel> {
    const { referral, side } = await this.sides.open(id, 'read');
    return this.toModel(referral, side);
  }

  async page({ filter, first, after }: ReferralsArgs) {
    const rows = filter.box === ReferralBox.SENT ? await pageOfReferrals(await this.sentBox(filter.clientId), filter, first, after) : await this.inbox().page(filter, first, after);
    const side = filter.box === ReferralBox.SENT ? ReferralSide.SENDER : ReferralSide.RECEIVER;
    const page = rows.slice(0, first);
    const views = await this.clients.views(page, side);
    const models = new Map(page.map((referral, i) => [referral.id, ReferralModel.from(referral, side, views[i].client, views[i].shared)]));
    return toConnection(rows, first, (referral) => models.get(referral.id) as ReferralModel, referralCursor);
  }

  async counts(box: ReferralBox) {
    return box === ReferralBox.SENT ? countsByStatus(await this.sentBox()) : this.inbox().counts();
  }

  async create(input: CreateReferralInput): Promise<ReferralModel> {
    return this.written(await this.writer.create(input), ReferralSide.SENDER);
  }

  async update(input: UpdateReferralInput): Promise<ReferralModel> {
    const sided = await this.sides.open(input.id, 'write');
    return this.written(await this.writer.update(sided, input), sided.side);
  }

  /**
   * One step, by either side. A receiver's step is taken in the sender's scope (referral,
   * step, timeline, the sender's trail, the event) and recorded in the receiver's trail too.
   */
  @Transactional()
  async move(input: MoveReferralInput): Promise<ReferralModel> {
    const { referral, side } = await this.sides.open(input.id, 'write');
    if (side === ReferralSide.SENDER) return this.written(await this.mover.move(input, side, referral), side);
    const moved = await this.senderScope.run(referral.agencyId, () => this.mover.move(input, side));
    const view = await this.clients.view(moved, side);
    // The receiver's trail names the client only while the client's consent shares them with it.
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: REFERRAL,
      entityId: moved.id,
      ...(view.shared ? { clientId: moved.clientId } : {}),
      changes: moveChanges(referral, moved),
    });
    return ReferralModel.from(moved, side, view.client, view.shared);
  }

  /**
   * A referral the caller has just written. The sender's write is audited with its client,
   * which stands for the response too: no read is recorded, and nothing is read back.
   */
  private written(referral: ReferralEntity, side: ReferralSide): Promise<ReferralModel> | ReferralModel {
    return side === ReferralSide.SENDER ? ReferralModel.from(referral, side, null, true) : this.toModel(referral, side);
  }

  private async toModel(referral: ReferralEntity, side: ReferralSide): Promise<ReferralModel> {
    const view = await this.clients.view(referral, side);
    return ReferralModel.from(referral, side, view.client, view.shared);
  }

  /** The agency's referrals about clients the caller may open; one client's, once the caller may read that client. */
  private async sentBox(clientId?: string | null) {
    const query = this.tenant.repository(ReferralEntity).createQueryBuilder('r');
    if (clientId) {
      await this.gate.require(clientId, 'read');
      return query;
    }
    return this.gate.restrictToOpenable(query, 'r.client_id');
  }

  private inbox(): ReceivedReferrals {
    if (!this.sides.mayWorkInbox()) throw new ForbiddenError("Auditors read their own agency's records; the referral inbox is worked by the agency's staff.");
    return this.received;
  }
}
