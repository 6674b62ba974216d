import { ArgsType, Field, GraphQLISODateTime, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ClientPageArgs } from '@waymark/api/client';
import { FilterPageArgs, type Order, OrderByField, OrderInput } from '@waymark/api/common';
import { IsBoolean, IsDate, IsOptional, IsUUID } from 'class-validator';

@InputType('AppointmentFilter', { description: "Which of a client's appointments: those starting in [from, to)" })
export class AppointmentFilter {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Those starting at or after' })
  @IsOptional()
  @IsDate({ message: 'from must be a date and time' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Those starting before' })
  @IsOptional()
  @IsDate({ message: 'to must be a date and time' })
  to?: Date | null;
}

/** What a client's appointments can be ordered by (then by id). */
export const AppointmentOrderField = { STARTS_AT: 'STARTS_AT' } as const;
export type AppointmentOrderField = (typeof AppointmentOrderField)[keyof typeof AppointmentOrderField];
registerEnumType(AppointmentOrderField, { name: 'AppointmentOrderField', description: 'STARTS_AT: when the appointment starts' });

export const AppointmentOrder = OrderInput(AppointmentOrderField, 'AppointmentOrder', "How a client's appointments are ordered: soonest first (STARTS_AT ASC) unless given");

/** A client's appointments, in a range or all of them, a page at a time. */
@ArgsType()
export class ClientAppointmentsArgs extends FilterPageArgs(AppointmentFilter, ClientPageArgs) {
  @Field({ defaultValue: false, description: 'Latest first (past appointments) instead of soonest first', deprecationReason: 'Use orderBy: { field: STARTS_AT, direction: DESC }' })
  @IsBoolean()
  latestFirst: boolean = false;

  @OrderByField(AppointmentOrder, 'STARTS_AT ASC unless given (replaces latestFirst)')
  orderBy?: Order<AppointmentOrderField> | null;
}

/** A worker's calendar: a day or a week (at most CALENDAR_RANGE_DAYS_MAX days). */
@ArgsType()
export class WorkerAppointmentsArgs {
  @Field(() => ID, { nullable: true, description: 'Left out: mine. Someone else’s: supervisors and admins' })
  @IsOptional()
  @IsUUID('all', { message: 'workerId must be a user id' })
  workerId?: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Those starting at or after' })
  @IsDate({ message: 'from must be a date and time' })
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'Those starting before' })
  @IsDate({ message: 'to must be a date and time' })
  to: Date;
}
