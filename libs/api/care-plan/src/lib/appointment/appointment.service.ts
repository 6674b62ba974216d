import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, createdChanges, textByLength } from '@waymark/api/audit';
import { ClientEvent, ClientGate, type EnrollmentChangedEvent, TimelineService } from '@waymark/api/client';
import { BadInputError, Clock, NotFoundError, RequestContext, actingUserId } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, AppointmentStatus, appointmentDay, canChangeAppointmentStatus, ErrorReason, outcomeTooEarly, TaskSubject, TimelineKind } from '@waymark/shared/types';
import { DeadlinePlanner } from '../worklist/deadline-planner';
import { AppointmentBooking } from './appointment-booking';
import { appointmentLine } from './appointment-lines';
import { AppointmentReminders } from './appointment-reminders';
import { AppointmentEntity, type AppointmentPartyEntry } from './appointment.entity';
import { AppointmentModel } from './appointment.model';
import type { BookAppointmentInput } from './dto/book-appointment.input';
import type { MarkAppointmentPartyToldInput } from './dto/mark-party-told.input';
import type { RecordAppointmentOutcomeInput } from './dto/record-outcome.input';

/** The audit trail's and the timeline's name for an appointment. */
export const APPOINTMENT = 'Appointment';

const FIELDS = [
  'kind',
  'purpose',
  'startsAt',
  'endsAt',
  'location',
  'withWhom',
  'enrollmentId',
  'serviceId',
  'transportNeeded',
  'transportProvider',
  'transportStaffId',
  'transportServiceId',
  'pickupAt',
  'transportNotes',
  'responsibleWorkerId',
  'status',
  'rescheduledFromId',
] as const satisfies readonly (keyof AppointmentEntity)[];

/** What the worker wrote in their own words: audited by its length. */
const FREE_TEXT = ['purpose', 'transportNotes', 'outcomeNote'];

/** A little slack for a device clock a moment ahead. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A client's appointments: booked with their transport and who must know, reminders on the
 * worklist for the responsible worker, and the outcome after the date (a missed one may start
 * a follow-up; a rescheduled one books its replacement). Every step is on the client's
 * timeline and in the audit trail.
 */
@Injectable()
export class AppointmentService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly booking: AppointmentBooking,
    private readonly reminders: AppointmentReminders,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly planner: DeadlinePlanner,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  private get appointments() {
    return this.tenant.repository(AppointmentEntity);
  }

  private get me(): string | null {
    return actingUserId(this.context.requirePrincipal());
  }

  @Transactional()
  async book({ clientId, enrollmentId, transport, parties = [], ...fields }: BookAppointmentInput): Promise<AppointmentModel> {
    await this.gate.require(clientId, 'write');
    this.booking.refuseBadTimes(fields.startsAt, fields.endsAt);
    const responsibleWorkerId = await this.booking.responsibleWorker(clientId, enrollmentId);
    const serviceName = fields.serviceId ? await this.booking.serviceName(fields.serviceId, 'serviceId') : null;
    const { driverName, ...rides } = await this.booking.transport(transport, fields.startsAt);
    const appointment = await this.appointments.save(
      this.appointments.create({
        clientId,
        enrollmentId: enrollmentId ?? null,
        kind: fields.kind,
        purpose: fields.purpose ?? null,
        startsAt: fields.startsAt,
        endsAt: fields.endsAt,
        location: fields.location ?? null,
        withWhom: fields.withWhom ?? null,
        serviceId: fields.serviceId ?? null,
        serviceName,
        ...rides,
        parties: parties.map((p): AppointmentPartyEntry => ({ id: randomUUID(), party: p.party, name: p.name ?? null, toldAt: null, method: null, toldBy: null })),
        responsibleWorkerId,
        bookedBy: this.me,
        status: AppointmentStatus.SCHEDULED,
        outcomeNote: null,
        outcomeRecordedAt: null,
        outcomeRecordedBy: null,
        cancelledBy: null,
        followUpStarted: false,
        rescheduledFromId: null,
        rescheduledToId: null,
      }),
    );
    await this.booked(appointment, driverName);
    return AppointmentModel.from(appointment);
  }

  /** Someone who must know was told: when and how. */
  @Transactional()
  async markTold({ appointmentId, version, partyId, toldAt, method }: MarkAppointmentPartyToldInput): Promise<AppointmentModel> {
    const before = await this.writable(appointmentId);
    if (before.status !== AppointmentStatus.SCHEDULED) {
      throw new BadInputError(
        `This appointment is ${before.status.toLowerCase()}; who was told is recorded only while it is scheduled.`,
        [{ field: 'appointmentId', message: `not scheduled (${before.status})` }],
        ErrorReason.ILLEGAL_TRANSITION,
      );
    }
    if (toldAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) {
      throw new BadInputError('toldAt is in the future; record what has happened.', [{ field: 'toldAt', message: 'is in the future' }]);
    }
    const entry = before.parties.find((p) => p.id === partyId);
    if (!entry) throw new BadInputError('Nobody on this appointment has that id.', [{ field: 'partyId', message: 'not found' }]);
    const told = { ...entry, toldAt: toldAt.toISOString(), method, toldBy: this.me };
    const appointment = await this.appointments.updateVersioned(appointmentId, version, { parties: before.parties.map((p) => (p.id === partyId ? told : p)) }, APPOINTMENT);
    await this.reminders.told(appointment, await this.booking.driverName(appointment.transportStaffId));
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: APPOINTMENT,
      entityId: appointment.id,
      clientId: appointment.clientId,
      changes: { toldParty: { to: entry.party }, toldAt: { from: entry.toldAt, to: told.toldAt }, toldMethod: { to: method } },
    });
    return AppointmentModel.from(appointment);
  }

  /**
   * The outcome: KEPT or MISSED once it has begun, RESCHEDULED (booking its replacement, linked
   * both ways) or CANCELLED (by whom, why) at any time. Its reminders close; a missed one may
   * start a follow-up.
   */
  @Transactional()
  async recordOutcome({ appointmentId, version, outcome, note, cancelledBy, startFollowUp, reschedule }: RecordAppointmentOutcomeInput): Promise<AppointmentModel> {
    const before = await this.writable(appointmentId);
    if (!canChangeAppointmentStatus(before.status, outcome)) {
      throw new BadInputError(`A ${before.status.toLowerCase()} appointment cannot become ${outcome.toLowerCase()}.`, [{ field: 'outcome', message: `not allowed from ${before.status}` }], ErrorReason.ILLEGAL_TRANSITION);
    }
    if (outcomeTooEarly(outcome, before.startsAt, this.clock.now())) {
      throw new BadInputError('Whether the appointment was kept or missed can be recorded once it has begun.', [{ field: 'outcome', message: 'before the appointment' }]);
    }
    if (outcome === AppointmentStatus.CANCELLED && !cancelledBy) {
      throw new BadInputError('Say who cancelled the appointment.', [{ field: 'cancelledBy', message: 'required for CANCELLED' }]);
    }
    let replacement: AppointmentEntity | null = null;
    if (outcome === AppointmentStatus.RESCHEDULED) {
      if (!reschedule) throw new BadInputError('Give the new date of the appointment.', [{ field: 'reschedule', message: 'required for RESCHEDULED' }]);
      this.booking.refuseBadTimes(reschedule.startsAt, reschedule.endsAt, 'reschedule.endsAt');
      replacement = await this.rebook(before, reschedule);
    }
    const appointment = await this.appointments.updateVersioned(
      appointmentId,
      version,
      {
        status: outcome,
        outcomeNote: note ?? null,
        outcomeRecordedAt: this.clock.now(),
        outcomeRecordedBy: this.me,
        cancelledBy: outcome === AppointmentStatus.CANCELLED ? (cancelledBy ?? null) : null,
        followUpStarted: outcome === AppointmentStatus.MISSED && !!startFollowUp,
        rescheduledToId: replacement?.id ?? null,
      },
      APPOINTMENT,
    );
    await this.closeReminders(appointment, replacement);
    if (appointment.followUpStarted) await this.reminders.missed(appointment);
    await this.timeline.add({
      clientId: appointment.clientId,
      occurredAt: appointment.outcomeRecordedAt ?? this.clock.now(),
      kind: TimelineKind.APPOINTMENT,
      sourceType: APPOINTMENT,
      sourceId: appointment.id,
      summary: appointmentLine.outcome(appointment.kind, appointment.startsAt, outcome, replacement?.startsAt),
    });
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: APPOINTMENT,
      entityId: appointment.id,
      clientId: appointment.clientId,
      changes: textByLength(
        {
          status: { from: before.status, to: appointment.status },
          ...(appointment.outcomeNote ? { outcomeNote: { to: appointment.outcomeNote } } : {}),
          ...(appointment.cancelledBy ? { cancelledBy: { to: appointment.cancelledBy } } : {}),
          ...(appointment.followUpStarted ? { followUpStarted: { to: true } } : {}),
          ...(replacement ? { rescheduledToId: { to: replacement.id } } : {}),
        },
        FREE_TEXT,
      ),
    });
    return AppointmentModel.from(appointment);
  }

  /**
   * A new primary case manager becomes responsible for the appointments whose open reminders
   * the previous one held on the enrollment (the worklist hands the reminders over by the same
   * rule, GeneratedTasks.handOver), so the calendar and a missed appointment's follow-up go to
   * whoever now holds the work. Runs in the enrollment change's transaction.
   */
  @OnEvent(ClientEvent.ENROLLMENT_CHANGED, { suppressErrors: false })
  async enrollmentChanged({ before, after }: EnrollmentChangedEvent): Promise<void> {
    if (!before.primaryCaseManagerId || before.primaryCaseManagerId === after.primaryCaseManagerId) return;
    const toId = await this.planner.activeCaseManager(after);
    const result = await this.txHost.tx.query(
      `UPDATE appointment a SET responsible_worker_id = $4, version = a.version + 1, updated_at = now()
       WHERE a.agency_id = $1 AND a.responsible_worker_id = $3 AND a.responsible_worker_id IS DISTINCT FROM $4
         AND EXISTS (SELECT 1 FROM task t WHERE t.agency_id = a.agency_id AND t.enrollment_id = $2 AND t.status = 'OPEN' AND t.subject_type = $5 AND t.subject_id = a.id)
       RETURNING a.id, a.client_id`,
      [this.context.agencyId, after.id, before.primaryCaseManagerId, toId, TaskSubject.APPOINTMENT],
    );
    // UPDATE … RETURNING comes back as [rows, count] from the pg driver through TypeORM.
    const rows = (Array.isArray(result[0]) ? result[0] : result) as { id: string; client_id: string }[];
    if (!rows.length) return;
    await this.audit.record(
      ...rows.map((row) => ({
        action: AuditAction.UPDATE,
        entityType: APPOINTMENT,
        entityId: row.id,
        clientId: row.client_id,
        changes: { responsibleWorkerId: { from: before.primaryCaseManagerId, to: toId } },
      })),
    );
  }

  private async closeReminders(appointment: AppointmentEntity, replacement: AppointmentEntity | null): Promise<void> {
    if (replacement) await this.reminders.cancelled(appointment, `Rescheduled to ${appointmentDay(replacement.startsAt)}.`);
    else if (appointment.status === AppointmentStatus.CANCELLED) await this.reminders.cancelled(appointment, 'The appointment was cancelled.');
    else await this.reminders.done(appointment);
  }

  /** The replacement of a rescheduled appointment: the same what, with whom, transport and who must know, at the new time. */
  private async rebook(before: AppointmentEntity, to: NonNullable<RecordAppointmentOutcomeInput['reschedule']>): Promise<AppointmentEntity> {
    const { id: _id, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...kept } = before;
    const pickupAt = before.transportNeeded ? (to.pickupAt ?? null) : null;
    if (pickupAt && pickupAt.getTime() > to.startsAt.getTime()) {
      throw new BadInputError('The pickup must be before the appointment starts.', [{ field: 'reschedule.pickupAt', message: 'must not be after the start' }]);
    }
    const replacement = await this.appointments.save(
      this.appointments.create({
        ...kept,
        startsAt: to.startsAt,
        endsAt: to.endsAt,
        location: to.location === undefined ? before.location : to.location,
        pickupAt,
        parties: before.parties.map((p) => ({ ...p, id: randomUUID(), toldAt: null, method: null, toldBy: null })),
        bookedBy: this.me,
        status: AppointmentStatus.SCHEDULED,
        outcomeNote: null,
        outcomeRecordedAt: null,
        outcomeRecordedBy: null,
        cancelledBy: null,
        followUpStarted: false,
        rescheduledFromId: before.id,
        rescheduledToId: null,
      }),
    );
    const driver = await this.booking.driverName(replacement.transportStaffId);
    await this.booked(replacement, driver);
    return replacement;
  }

  /** On the timeline, in the trail, and its reminders on the worklist. */
  private async booked(appointment: AppointmentEntity, driverName: string | null): Promise<void> {
    await this.timeline.add({
      clientId: appointment.clientId,
      occurredAt: appointment.createdAt,
      kind: TimelineKind.APPOINTMENT,
      sourceType: APPOINTMENT,
      sourceId: appointment.id,
      summary: appointmentLine.booked(appointment.kind, appointment.startsAt),
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: APPOINTMENT,
      entityId: appointment.id,
      clientId: appointment.clientId,
      changes: textByLength({ ...createdChanges(appointment, FIELDS), parties: { to: appointment.parties.map((p) => p.party) } }, FREE_TEXT),
    });
    await this.reminders.booked(appointment, driverName);
  }

  /** An appointment still open to its outcome's recording, on a client the caller may write to. */
  private async writable(appointmentId: string): Promise<AppointmentEntity> {
    const appointment = await this.appointments.findOneBy({ id: appointmentId });
    if (!appointment) throw new NotFoundError(APPOINTMENT);
    await this.gate.require(appointment.clientId, 'write');
    return appointment;
  }
}
