import { decodeCursor, isUuid } from '@waymark/api/common';
import { REFERRAL_STATUSES, type ReferralStatus } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import type { ReferralEntity } from './referral.entity';

export interface ReferralListFilter {
  statuses?: ReferralStatus[] | null;
  clientId?: string | null;
}

const isIsoInstant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * A board's order, shared by both boxes: the latest change first, then id, as keyset pages
 * (`r` is the referral's alias). Fetches `first + 1` rows to tell whether more follow.
 */
export function pageOfReferrals(query: SelectQueryBuilder<ReferralEntity>, { statuses, clientId }: ReferralListFilter, first: number, after?: string | null) {
  if (statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses });
  if (clientId) query.andWhere('r.clientId = :clientId', { clientId });
  if (after) {
    const [changedAt, id] = decodeCursor(after, [isIsoInstant, isUuid]);
    query.andWhere('(r.statusChangedAt, r.id) < (:changedAt, :afterId)', { changedAt, afterId: id });
  }
  return query.orderBy('r.statusChangedAt', 'DESC').addOrderBy('r.id', 'DESC').limit(first + 1).getMany();
}

export function referralCursor(referral: ReferralEntity): string[] {
  return [referral.statusChangedAt.toISOString(), referral.id];
}

/** A board's counts by status, every status present (zero when none). */
export async function countsByStatus(query: SelectQueryBuilder<ReferralEntity>): Promise<{ status: ReferralStatus; count: number }[]> {
  const rows = await query.select('r.status', 'status').addSelect('count(*)::int', 'count').groupBy('r.status').getRawMany<{ status: ReferralStatus; count: number }>();
  const counted = new Map(rows.map((row) => [row.status, row.count]));
  return REFERRAL_STATUSES.map((status) => ({ status, count: counted.get(status) ?? 0 }));
}
