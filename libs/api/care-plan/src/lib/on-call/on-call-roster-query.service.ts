import { Injectable } from '@nestjs/common';
import { StaffModel } from '@waymark/api/client';
import { BadInputError, Clock } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { UserService } from '@waymark/api/identity';
import { ON_CALL_ROSTER_MAX_DAYS, ON_CALL_WORKER_ROLES, OnCallTier } from '@waymark/shared/types';
import type { OnCallRosterArgs } from './dto/on-call-roster.args';
import { OnCallShiftEntity } from './on-call-shift.entity';
import { OnCallNowModel, OnCallShiftModel } from './on-call-shift.model';

/** Reading the roster: no client data, so no audit reads. */
@Injectable()
export class OnCallRosterQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  private get shifts() {
    return this.tenant.repository(OnCallShiftEntity);
  }

  /** The shifts that overlap [from, to), in the order they start, primary before backup. */
  async roster({ from, to }: OnCallRosterArgs): Promise<OnCallShiftModel[]> {
    if (to <= from) throw new BadInputError('The roster’s end must be after its start.', [{ field: 'to', message: 'must be after from' }]);
    if (to.getTime() - from.getTime() > ON_CALL_ROSTER_MAX_DAYS * 86_400_000) {
      throw new BadInputError(`The roster is read at most ${ON_CALL_ROSTER_MAX_DAYS} days at a time.`, [{ field: 'to', message: `must be within ${ON_CALL_ROSTER_MAX_DAYS} days of from` }]);
    }
    const rows = await this.shifts
      .createQueryBuilder('s')
      .andWhere('s.starts_at < :to AND s.ends_at > :from', { from, to })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.tier', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return rows.map(OnCallShiftModel.from);
  }

  /** Who answers the line now: at most one shift per tier, as the database allows no more. */
  async now(): Promise<OnCallNowModel> {
    const at = this.clock.now();
    const rows = await this.shifts.createQueryBuilder('s').andWhere('s.starts_at <= :at AND s.ends_at > :at', { at }).getMany();
    const onTier = (tier: OnCallTier) => {
      const shift = rows.find((row) => row.tier === tier);
      return shift ? OnCallShiftModel.from(shift) : null;
    };
    return Object.assign(new OnCallNowModel(), { at, primary: onTier(OnCallTier.PRIMARY), backup: onTier(OnCallTier.BACKUP) });
  }

  /** Who may be put on call: the agency's active users who carry tasks, by name. */
  async candidates(): Promise<StaffModel[]> {
    return (await this.users.activeWithRoles(ON_CALL_WORKER_ROLES)).map(StaffModel.from);
  }
}
