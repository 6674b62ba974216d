import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, createdChanges, writeChanges } from '@waymark/api/audit';
import { StaffLoader } from '@waymark/api/client';
import { BadInputError, Clock, ConflictError, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ErrorReason, ON_CALL_SHIFT_MAX_DAYS, ON_CALL_WORKER_ROLES, shiftTimesProblem } from '@waymark/shared/types';
import type { CreateOnCallShiftInput } from './dto/create-on-call-shift.input';
import type { ShiftFields } from './dto/shift-fields.input';
import type { ShiftVersionInput } from './dto/shift-version.input';
import type { UpdateOnCallShiftInput } from './dto/update-on-call-shift.input';
import { ON_CALL_SHIFT, OnCallShiftEntity } from './on-call-shift.entity';
import { OnCallShiftModel } from './on-call-shift.model';
import { onCallUserId } from './on-call-worker';
import { isShiftOverlap, ShiftOverlapError } from './shift-overlap';

const FIELDS = ['userId', 'tier', 'startsAt', 'endsAt', 'phone'] as const satisfies readonly (keyof OnCallShiftEntity)[];

type ShiftValues = Pick<OnCallShiftEntity, (typeof FIELDS)[number]>;

/** The savepoint a shift is written in: a clash rolls back to it and the transaction can still name the shift it clashed with. */
const SAVEPOINT = 'on_call_shift_write';

/**
 * The agency's on-call roster, kept by supervisors and admins. The database keeps two shifts
 * of one tier apart (an exclusion constraint), so two people saving clashing shifts at once
 * leave one; the refusal names the shift in the way. Every change is audited.
 */
@Injectable()
export class OnCallRosterService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staff: StaffLoader,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  private get shifts() {
    return this.tenant.repository(OnCallShiftEntity);
  }

  @Transactional()
  async create(input: CreateOnCallShiftInput): Promise<OnCallShiftModel> {
    const values = await this.checked(input);
    const created = this.shifts.create({ ...values, createdBy: onCallUserId(this.context) });
    const shift = await this.refusingOverlap(values, null, () => this.shifts.save(created));
    await this.audit.record({ action: AuditAction.CREATE, entityType: ON_CALL_SHIFT, entityId: shift.id, changes: createdChanges(shift, FIELDS) });
    return OnCallShiftModel.from(shift);
  }

  /** A shift that is over is history and stays as it was; one under way may still change (ended early, handed over). */
  @Transactional()
  async update({ shiftId, version, ...input }: UpdateOnCallShiftInput): Promise<OnCallShiftModel> {
    const before = await this.mustFind(shiftId);
    if (before.endsAt <= this.clock.now()) {
      throw new BadInputError('This shift is over and can no longer change.', [{ field: 'shiftId', message: 'is over' }], ErrorReason.LOCKED_RECORD);
    }
    const values = await this.checked(input);
    const { row: shift, changes } = await this.refusingOverlap(values, shiftId, () => writeChanges(this.shifts, before, version, values, FIELDS, 'On-call shift'));
    if (Object.keys(changes).length) await this.audit.record({ action: AuditAction.UPDATE, entityType: ON_CALL_SHIFT, entityId: shift.id, changes });
    return OnCallShiftModel.from(shift);
  }

  /** Only a shift still to come may go: one that has started is part of who answered the line. */
  @Transactional()
  async remove({ shiftId, version }: ShiftVersionInput): Promise<string> {
    const shift = await this.mustFind(shiftId);
    if (shift.startsAt <= this.clock.now()) {
      throw new BadInputError('This shift has started and cannot be removed; change its end instead.', [{ field: 'shiftId', message: 'has started' }], ErrorReason.LOCKED_RECORD);
    }
    if (!(await this.shifts.delete({ id: shiftId, version }))) throw new ConflictError();
    await this.audit.record({ action: AuditAction.DELETE, entityType: ON_CALL_SHIFT, entityId: shiftId, changes: { ...createdChanges(shift, FIELDS), removed: { to: true } } });
    return shiftId;
  }

  /** The shift's values once its times and its worker are fine. */
  private async checked({ staffId, tier, startsAt, endsAt, phone }: ShiftFields): Promise<ShiftValues> {
    const problem = shiftTimesProblem(startsAt, endsAt);
    if (problem === 'endsBeforeStart') throw new BadInputError('A shift must end after it starts.', [{ field: 'endsAt', message: 'must be after startsAt' }]);
    if (problem === 'tooLong') {
      throw new BadInputError(`A shift lasts at most ${ON_CALL_SHIFT_MAX_DAYS} days.`, [{ field: 'endsAt', message: `must be within ${ON_CALL_SHIFT_MAX_DAYS} days of startsAt` }]);
    }
    const worker = await this.staff.load(staffId);
    if (!worker) throw new BadInputError('That person is not a user of this agency.', [{ field: 'staffId', message: 'not a user of this agency' }]);
    if (!worker.active) throw new BadInputError(`${worker.displayName} is no longer active.`, [{ field: 'staffId', message: 'not an active user' }]);
    if (!ON_CALL_WORKER_ROLES.includes(worker.role)) {
      throw new BadInputError(`${worker.displayName} does not take client work and cannot be on call.`, [{ field: 'staffId', message: 'does not carry tasks' }]);
    }
    return { userId: staffId, tier, startsAt, endsAt, phone: phone ?? null };
  }

  /**
   * Runs the write in a savepoint. When the exclusion constraint refuses it (a clash the
   * caller's own reading could not have seen, as another transaction wrote it), the savepoint
   * is rolled back and the clashing shift, committed by then, is named.
   */
  private async refusingOverlap<T>(values: ShiftValues, ownId: string | null, write: () => Promise<T>): Promise<T> {
    const tx = this.txHost.tx;
    await tx.query(`SAVEPOINT ${SAVEPOINT}`);
    try {
      const written = await write();
      await tx.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
      return written;
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      if (!isShiftOverlap(error)) throw error;
      throw await this.overlapError(values, ownId);
    }
  }

  private async overlapError({ tier, startsAt, endsAt }: ShiftValues, ownId: string | null): Promise<ShiftOverlapError> {
    const query = this.shifts
      .createQueryBuilder('s')
      .andWhere('s.tier = :tier', { tier })
      .andWhere('tstzrange(s.starts_at, s.ends_at) && tstzrange(:startsAt, :endsAt)', { startsAt, endsAt })
      .orderBy('s.starts_at', 'ASC')
      .limit(1);
    if (ownId) query.andWhere('s.id <> :ownId', { ownId });
    const clash = await query.getOne();
    if (!clash) throw new ConflictError('Another shift was saved at the same time. Reload the roster and try again.');
    const staffName = (await this.staff.load(clash.userId))?.displayName ?? 'Someone';
    return new ShiftOverlapError({ id: clash.id, tier: clash.tier, startsAt: clash.startsAt, endsAt: clash.endsAt, staffName });
  }

  private async mustFind(id: string): Promise<OnCallShiftEntity> {
    const shift = await this.shifts.findOneBy({ id });
    if (!shift) throw new NotFoundError('On-call shift');
    return shift;
  }
}
