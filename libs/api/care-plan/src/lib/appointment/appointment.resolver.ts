import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientNames, StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { TASK_CARRIER_ROLES } from '@waymark/shared/types';
import { AppointmentClientModel, AppointmentConnection, AppointmentModel } from './appointment.model';
import { AppointmentQueryService } from './appointment-query.service';
import { AppointmentService } from './appointment.service';
import { ClientAppointmentsArgs, WorkerAppointmentsArgs } from './dto/appointment-range.args';
import { BookAppointmentInput } from './dto/book-appointment.input';
import { MarkAppointmentPartyToldInput } from './dto/mark-party-told.input';
import { RecordAppointmentOutcomeInput } from './dto/record-outcome.input';

/** Appointments. Who may read or book a client's is ClientAccess's call, per client. */
@Resolver(() => AppointmentModel)
export class AppointmentResolver {
  constructor(
    private readonly appointments: AppointmentService,
    private readonly queries: AppointmentQueryService,
    private readonly staff: StaffLoader,
    private readonly clients: ClientNames,
  ) {}

  @Query(() => AppointmentModel, { description: 'One appointment; the read is audited' })
  @AllowSignedIn()
  appointment(@Args('id', { type: () => ID }) id: string) {
    return this.queries.one(id);
  }

  @Query(() => AppointmentConnection, { description: "A client's appointments starting in [from, to), soonest first unless ordered otherwise" })
  @AllowSignedIn()
  clientAppointments(@Args() args: ClientAppointmentsArgs) {
    return this.queries.forClient(args.withCriteria());
  }

  @Query(() => [AppointmentModel], {
    description: "A worker's calendar for a day or a week: the appointments they are responsible for or drive to, starting in [from, to), soonest first",
  })
  @Allow(...TASK_CARRIER_ROLES)
  workerAppointments(@Args() args: WorkerAppointmentsArgs) {
    return this.queries.forWorker(args);
  }

  @Query(() => [StaffModel], { description: 'The workers who may drive a client or hold a calendar: active users who carry tasks, by name' })
  @Allow(...TASK_CARRIER_ROLES)
  appointmentStaff() {
    return this.queries.staff();
  }

  @Mutation(() => AppointmentModel, { description: 'Book an appointment for a client; its reminders reach the responsible worker’s worklist' })
  @AllowSignedIn()
  @Idempotent()
  bookAppointment(@Args('input') input: BookAppointmentInput) {
    return this.appointments.book(input);
  }

  @Mutation(() => AppointmentModel, { description: 'Record that someone who must know of the appointment was told, when and how' })
  @AllowSignedIn()
  markAppointmentPartyTold(@Args('input') input: MarkAppointmentPartyToldInput) {
    return this.appointments.markTold(input);
  }

  @Mutation(() => AppointmentModel, { description: 'Record the outcome: KEPT or MISSED after it began, RESCHEDULED or CANCELLED at any time' })
  @AllowSignedIn()
  recordAppointmentOutcome(@Args('input') input: RecordAppointmentOutcomeInput) {
    return this.appointments.recordOutcome(input);
  }

  @ResolveField('client', () => AppointmentClientModel, { nullable: true })
  client(@Parent() appointment: AppointmentModel) {
    return this.clients.load(appointment.clientId);
  }

  @ResolveField('responsibleWorker', () => StaffModel, { nullable: true })
  responsibleWorker(@Parent() appointment: AppointmentModel) {
    return this.staff.load(appointment.responsibleWorkerId);
  }

  @ResolveField('bookedBy', () => StaffModel, { nullable: true })
  bookedBy(@Parent() appointment: AppointmentModel) {
    return this.staff.load(appointment.bookedById);
  }

  @ResolveField('outcomeRecordedBy', () => StaffModel, { nullable: true })
  outcomeRecordedBy(@Parent() appointment: AppointmentModel) {
    return this.staff.load(appointment.outcomeRecordedById);
  }
}
