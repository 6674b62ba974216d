import { Injectable } from '@nestjs/common';
import { Clock } from '@waymark/api/common';
import {
  appointmentDay,
  appointmentOutcomeDueOn,
  appointmentPrepareDueOn,
  nextWorkingDay,
  stillToTell,
  TaskKind,
  TaskPriority,
  TaskStatus,
  TaskSubject,
  taskDedupeKey,
} from '@waymark/shared/types';
import { ClientWorker } from '../worklist/client-worker';
import { type RecordTask, RecordTasks } from '../worklist/record-tasks';
import { appointmentTaskLine } from './appointment-lines';
import type { AppointmentEntity } from './appointment.entity';

const BOOKING_KINDS = [TaskKind.APPOINTMENT_PREPARE, TaskKind.APPOINTMENT_OUTCOME];

/**
 * An appointment's reminders on the worklist, for its responsible worker: prepare it the day
 * before (or today when that has passed) and record its outcome the day after. Both are keyed
 * by the appointment's day, so a new date makes new ones.
 */
@Injectable()
export class AppointmentReminders {
  constructor(
    private readonly tasks: RecordTasks,
    private readonly worker: ClientWorker,
    private readonly clock: Clock,
  ) {}

  /** `driver`: the name of the worker who drives, for the details. */
  async booked(appointment: AppointmentEntity, driver: string | null): Promise<void> {
    const day = appointmentDay(appointment.startsAt);
    const base = {
      clientId: appointment.clientId,
      priority: TaskPriority.NORMAL,
      assigneeId: appointment.responsibleWorkerId,
      enrollmentId: await this.enrollmentOf(appointment),
      subjectType: TaskSubject.APPOINTMENT,
      subjectId: appointment.id,
    };
    const details = this.details(appointment, driver);
    const reminders: Omit<RecordTask, 'details'>[] = [
      {
        ...base,
        kind: TaskKind.APPOINTMENT_OUTCOME,
        title: appointmentTaskLine.outcome(appointment.kind, appointment.startsAt),
        dueOn: appointmentOutcomeDueOn(appointment.startsAt),
        dedupeKey: taskDedupeKey(TaskKind.APPOINTMENT_OUTCOME, appointment.id, day),
      },
    ];
    // An appointment recorded after it began has nothing left to prepare.
    if (appointment.startsAt.getTime() > this.clock.now().getTime()) {
      reminders.unshift({
        ...base,
        kind: TaskKind.APPOINTMENT_PREPARE,
        title: appointmentTaskLine.prepare(appointment.kind, appointment.startsAt),
        dueOn: appointmentPrepareDueOn(appointment.startsAt, this.clock.today()),
        dedupeKey: taskDedupeKey(TaskKind.APPOINTMENT_PREPARE, appointment.id, day),
      });
    }
    await this.tasks.schedule(...reminders.map((reminder) => ({ ...reminder, details })));
  }

  /** Someone was told: the reminders stop asking to tell them. */
  told(appointment: AppointmentEntity, driver: string | null): Promise<void> {
    return this.tasks.redescribe(TaskSubject.APPOINTMENT, appointment.id, BOOKING_KINDS, this.details(appointment, driver));
  }

  /** Its outcome is recorded: the reminders are done. */
  done(appointment: AppointmentEntity): Promise<number> {
    return this.tasks.close(TaskSubject.APPOINTMENT, appointment.id, TaskStatus.DONE, 'The outcome of the appointment is recorded.', BOOKING_KINDS);
  }

  /** Called off or moved: the reminders are cancelled, saying why. */
  cancelled(appointment: AppointmentEntity, note: string): Promise<number> {
    return this.tasks.close(TaskSubject.APPOINTMENT, appointment.id, TaskStatus.CANCELLED, note, BOOKING_KINDS);
  }

  /** What the reminders say: the transport, and who is still to tell. */
  private details(appointment: AppointmentEntity, driver: string | null): string {
    const transport = appointment.transportNeeded && appointment.transportProvider ? { provider: appointment.transportProvider, by: driver ?? appointment.transportServiceName } : null;
    return appointmentTaskLine.details(transport, appointment.parties.filter(stillToTell));
  }

  /** A missed appointment's follow-up with the client, the next working day. */
  async missed(appointment: AppointmentEntity): Promise<void> {
    await this.tasks.schedule({
      kind: TaskKind.APPOINTMENT_MISSED,
      clientId: appointment.clientId,
      title: appointmentTaskLine.missed(appointment.kind, appointment.startsAt),
      details: appointment.outcomeNote,
      dueOn: nextWorkingDay(this.clock.today()),
      priority: TaskPriority.HIGH,
      assigneeId: appointment.responsibleWorkerId,
      enrollmentId: await this.enrollmentOf(appointment),
      subjectType: TaskSubject.APPOINTMENT,
      subjectId: appointment.id,
      dedupeKey: taskDedupeKey(TaskKind.APPOINTMENT_MISSED, appointment.id, appointmentDay(appointment.startsAt)),
    });
  }

  /**
   * The enrollment whose case manager is the responsible worker (the one the appointment names,
   * when it does): its reminders move with a hand-over and are cancelled when it closes. Null
   * when the booker or the supervisors' queue holds them: they stay until the appointment closes them.
   */
  private async enrollmentOf(appointment: AppointmentEntity): Promise<string | null> {
    if (!appointment.responsibleWorkerId) return null;
    const worker = await this.worker.of(appointment.clientId, { enrollmentId: appointment.enrollmentId, prefer: appointment.responsibleWorkerId });
    return worker?.assigneeId === appointment.responsibleWorkerId ? worker.enrollmentId : null;
  }
}
