import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { Connection } from '@waymark/api/common';
import { NotificationMethod } from '@waymark/shared/types';
import { AppointmentCanceller, AppointmentKind, AppointmentParty, AppointmentStatus, TransportProvider } from './appointment-enums';
import type { AppointmentEntity, AppointmentPartyEntry } from './appointment.entity';

/** The client an appointment is for, as a calendar of many clients names them. */
@ObjectType('AppointmentClient')
export class AppointmentClientModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  clientNumber: string;
}

@ObjectType('AppointmentPartyToTell')
export class AppointmentPartyModel {
  @Field(() => ID, { description: 'Names this entry to markAppointmentPartyTold' })
  id: string;

  @Field(() => AppointmentParty)
  party: AppointmentParty;

  @Field(() => String, { nullable: true, description: 'The person or team, e.g. the guardian’s name' })
  name: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they were told; null while they still need telling' })
  toldAt: Date | null;

  @Field(() => NotificationMethod, { nullable: true })
  method: NotificationMethod | null;

  toldById: string | null;

  @Field(() => StaffModel, { nullable: true })
  toldBy?: StaffModel | null;

  static from(entry: AppointmentPartyEntry): AppointmentPartyModel {
    return Object.assign(new AppointmentPartyModel(), {
      id: entry.id,
      party: entry.party,
      name: entry.name,
      toldAt: entry.toldAt ? new Date(entry.toldAt) : null,
      method: entry.method,
      toldById: entry.toldBy,
    });
  }
}

@ObjectType('AppointmentTransport')
export class AppointmentTransportModel {
  @Field(() => TransportProvider)
  provider: TransportProvider;

  /** The worker who drives, for CASE_MANAGER; resolved through the StaffLoader. */
  staffId: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'The worker who drives (CASE_MANAGER)' })
  staff?: StaffModel | null;

  @Field(() => ID, { nullable: true, description: 'The directory service that drives (DIRECTORY_SERVICE)' })
  serviceId: string | null;

  @Field(() => String, { nullable: true, description: 'What the directory called that service when booked' })
  serviceName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  pickupAt: Date | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('Appointment')
export class AppointmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => ID)
  clientId: string;

  @Field(() => AppointmentClientModel, { nullable: true, description: 'Null for a client the caller may no longer open' })
  client?: AppointmentClientModel | null;

  @Field(() => ID, { nullable: true, description: 'The enrollment the appointment serves' })
  enrollmentId: string | null;

  @Field(() => AppointmentKind)
  kind: AppointmentKind;

  @Field(() => String, { nullable: true, description: 'What it is about, in a line' })
  purpose: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where: the address' })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'With whom: the provider or person' })
  withWhom: string | null;

  @Field(() => ID, { nullable: true, description: 'The directory service it is with' })
  serviceId: string | null;

  @Field(() => String, { nullable: true, description: 'What the directory called that service when booked' })
  serviceName: string | null;

  @Field(() => AppointmentTransportModel, { nullable: true, description: 'Null when no transport is needed' })
  transport: AppointmentTransportModel | null;

  @Field(() => [AppointmentPartyModel], { description: 'Who must know, and whether they were told' })
  parties: AppointmentPartyModel[];

  responsibleWorkerId: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'Who prepares it and records its outcome (the reminders are theirs)' })
  responsibleWorker?: StaffModel | null;

  bookedById: string | null;

  @Field(() => StaffModel, { nullable: true })
  bookedBy?: StaffModel | null;

  @Field(() => AppointmentStatus)
  status: AppointmentStatus;

  @Field(() => String, { nullable: true, description: 'What happened, or why it was called off' })
  outcomeNote: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  outcomeRecordedAt: Date | null;

  outcomeRecordedById: string | null;

  @Field(() => StaffModel, { nullable: true })
  outcomeRecordedBy?: StaffModel | null;

  @Field(() => AppointmentCanceller, { nullable: true })
  cancelledBy: AppointmentCanceller | null;

  @Field({ description: 'A missed appointment whose follow-up was put on the worklist' })
  followUpStarted: boolean;

  @Field(() => ID, { nullable: true, description: 'The appointment this one replaces' })
  rescheduledFromId: string | null;

  @Field(() => ID, { nullable: true, description: 'The appointment that replaced this one' })
  rescheduledToId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(row: AppointmentEntity): AppointmentModel {
    return Object.assign(new AppointmentModel(), {
      id: row.id,
      version: row.version,
      clientId: row.clientId,
      enrollmentId: row.enrollmentId,
      kind: row.kind,
      purpose: row.purpose,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      location: row.location,
      withWhom: row.withWhom,
      serviceId: row.serviceId,
      serviceName: row.serviceName,
      transport:
        row.transportNeeded && row.transportProvider
          ? Object.assign(new AppointmentTransportModel(), {
              provider: row.transportProvider,
              staffId: row.transportStaffId,
              serviceId: row.transportServiceId,
              serviceName: row.transportServiceName,
              pickupAt: row.pickupAt,
              notes: row.transportNotes,
            })
          : null,
      parties: row.parties.map(AppointmentPartyModel.from),
      responsibleWorkerId: row.responsibleWorkerId,
      bookedById: row.bookedBy,
      status: row.status,
      outcomeNote: row.outcomeNote,
      outcomeRecordedAt: row.outcomeRecordedAt,
      outcomeRecordedById: row.outcomeRecordedBy,
      cancelledBy: row.cancelledBy,
      followUpStarted: row.followUpStarted,
      rescheduledFromId: row.rescheduledFromId,
      rescheduledToId: row.rescheduledToId,
      createdAt: row.createdAt,
    });
  }
}

@ObjectType()
export class AppointmentConnection extends Connection(AppointmentModel, 'Appointment') {
  @Field(() => Int)
  totalCount: number;
}
