import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { groupedBy, isUuid, RequestContext } from '@waymark/api/common';
import { ReferralStatus } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import { countsByStatus, pageOfReferrals, type ReferralListFilter } from './referral-list';
import { ReferralStepEntity } from './referral-step.entity';
import { ReferralEntity } from './referral.entity';

/**
 * THE ONE EXCEPTION TO TENANCY (DESIGN.md): the referrals another agency sent to the caller's
 * agency. A referral row belongs to its sender; here it is found by `receiver_agency_id` = the
 * caller's agency, never by TenantScope, and never while still a draft (not sent yet). Nothing
 * else in the code base reads another agency's rows, and this class reads only referrals and
 * their steps: the client behind a referral is read in the sender's scope, under its consent
 * (ReferredClients). Changes go through ReferralMover inside SenderScope.
 */
@Injectable()
export class ReceivedReferrals {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  private inbox(): SelectQueryBuilder<ReferralEntity> {
    return this.txHost.tx
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .where('r.receiverAgencyId = :receiverAgencyId', { receiverAgencyId: this.context.agencyId })
      .andWhere('r.status <> :draft', { draft: ReferralStatus.DRAFT });
  }

  /** The referral if it was sent to the caller's agency; null otherwise. */
  find(id: string): Promise<ReferralEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.inbox().andWhere('r.id = :id', { id }).getOne();
  }

  page(filter: ReferralListFilter, first: number, after?: string | null): Promise<ReferralEntity[]> {
    return pageOfReferrals(this.inbox(), filter, first, after);
  }

  counts() {
    return countsByStatus(this.inbox());
  }

  /**
   * The steps of referrals the caller was already allowed to see (either side), oldest first,
   * in one query: a referral's history is the sender's rows, read by both agencies alike.
   */
  async steps(referrals: readonly Pick<ReferralEntity, 'id' | 'agencyId'>[]): Promise<ReferralStepEntity[][]> {
    if (!referrals.length) return [];
    const rows = await this.txHost.tx
      .getRepository(ReferralStepEntity)
      .createQueryBuilder('s')
      .where('(s.agencyId, s.referralId) IN (SELECT * FROM unnest(:agencyIds::uuid[], :referralIds::uuid[]))', {
        agencyIds: referrals.map((referral) => referral.agencyId),
        referralIds: referrals.map((referral) => referral.id),
      })
      .orderBy('s.occurredAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return groupedBy(
      referrals.map((referral) => referral.id),
      rows,
      (step) => step.referralId,
    );
  }
}
