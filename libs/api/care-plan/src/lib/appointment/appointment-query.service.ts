import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate, StaffModel } from '@waymark/api/client';
import { BadInputError, decodeCursor, ForbiddenError, isUuid, NotFoundError, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { UserService } from '@waymark/api/identity';
import { AuditAction, CALENDAR_APPOINTMENTS_MAX, CALENDAR_RANGE_DAYS_MAX, SortDirection, TASK_CARRIER_ROLES, WORKLIST_OVERSEER_ROLES } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import { APPOINTMENT } from './appointment.service';
import { AppointmentEntity } from './appointment.entity';
import { type AppointmentConnection, AppointmentModel } from './appointment.model';
import type { ClientAppointmentsArgs, WorkerAppointmentsArgs } from './dto/appointment-range.args';

/** An instant as a cursor keeps it: ISO text to the microsecond, as PostgreSQL stores it. */
const isInstant = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value);
const STARTS_AT_TEXT = `to_char(a.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const DAY_MS = 86_400_000;

/** Reading appointments: a client's, and a worker's calendar. Every appointment shown is an audited read of its client's record. */
@Injectable()
export class AppointmentQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly users: UserService,
  ) {}

  /** The agency's active workers who carry tasks: who may drive a client, whose calendar a supervisor opens. */
  async staff(): Promise<StaffModel[]> {
    return (await this.users.activeWithRoles(TASK_CARRIER_ROLES)).map(StaffModel.from);
  }

  private get appointments() {
    return this.tenant.repository(AppointmentEntity);
  }

  async one(id: string): Promise<AppointmentModel> {
    const appointment = isUuid(id) ? await this.appointments.findOneBy({ id }) : null;
    if (!appointment) throw new NotFoundError(APPOINTMENT);
    await this.gate.require(appointment.clientId, 'read');
    this.recordReads([appointment]);
    return AppointmentModel.from(appointment);
  }

  /** A client's appointments starting in [from, to), soonest first (or latest first), a page at a time. */
  async forClient({ clientId, from, to, latestFirst, orderBy, first, after }: ClientAppointmentsArgs): Promise<AppointmentConnection> {
    if (orderBy && latestFirst) throw new BadInputError('Give orderBy or the deprecated latestFirst, not both.', [{ field: 'latestFirst', message: 'use orderBy' }]);
    await this.gate.require(clientId, 'read');
    const query = this.inRange(this.appointments.createQueryBuilder('a').andWhere('a.client_id = :clientId', { clientId }), from, to);
    const totalCount = await query.getCount();
    const direction = orderBy?.direction ?? (latestFirst ? SortDirection.DESC : SortDirection.ASC);
    if (after) {
      const [at, id] = decodeCursor(after, [isInstant, isUuid]);
      query.andWhere(`(a.starts_at, a.id) ${direction === SortDirection.DESC ? '<' : '>'} (:cursorAt::timestamptz, :cursorId::uuid)`, { cursorAt: at, cursorId: id });
    }
    const { entities, raw } = await query
      .addSelect(STARTS_AT_TEXT, 'starts_at_text')
      .orderBy('a.starts_at', direction)
      .addOrderBy('a.id', direction)
      .limit(first + 1)
      .getRawAndEntities();
    const rows = entities.map((appointment, i) => ({ appointment, at: raw[i].starts_at_text as string }));
    this.recordReads(entities.slice(0, first));
    return { ...toConnection(rows, first, (row) => AppointmentModel.from(row.appointment), (row) => [row.at, row.appointment.id]), totalCount };
  }

  /**
   * A worker's calendar: the appointments they are responsible for or drive to, starting in
   * [from, to) — a day or a week, at most CALENDAR_RANGE_DAYS_MAX days — soonest first. Mine,
   * or, for supervisors and admins, anyone's.
   */
  async forWorker({ workerId, from, to }: WorkerAppointmentsArgs): Promise<AppointmentModel[]> {
    const principal = this.context.requirePrincipal();
    const worker = workerId ?? principal.id;
    if (worker !== principal.id && !WORKLIST_OVERSEER_ROLES.includes(principal.role)) {
      throw new ForbiddenError('Only a supervisor or an admin sees another worker’s calendar.');
    }
    if (to.getTime() <= from.getTime()) throw new BadInputError('The range must end after it starts.', [{ field: 'to', message: 'must be after from' }]);
    if (to.getTime() - from.getTime() > CALENDAR_RANGE_DAYS_MAX * DAY_MS) {
      throw new BadInputError(`A calendar shows at most ${CALENDAR_RANGE_DAYS_MAX} days at once.`, [{ field: 'to', message: `at most ${CALENDAR_RANGE_DAYS_MAX} days after from` }]);
    }
    const rows = await this.inRange(this.appointments.createQueryBuilder('a'), from, to)
      .andWhere('(a.responsible_worker_id = :worker OR a.transport_staff_id = :worker)', { worker })
      .orderBy('a.starts_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(CALENDAR_APPOINTMENTS_MAX)
      .getMany();
    this.recordReads(rows);
    return rows.map(AppointmentModel.from);
  }

  private inRange(query: SelectQueryBuilder<AppointmentEntity>, from: Date | null | undefined, to: Date | null | undefined): SelectQueryBuilder<AppointmentEntity> {
    if (from) query.andWhere('a.starts_at >= :from', { from });
    if (to) query.andWhere('a.starts_at < :to', { to });
    return query;
  }

  private recordReads(appointments: AppointmentEntity[]): void {
    if (!appointments.length) return;
    this.audit.recordRead(...appointments.map((a) => ({ action: AuditAction.READ, entityType: APPOINTMENT, entityId: a.id, clientId: a.clientId })));
  }
}
