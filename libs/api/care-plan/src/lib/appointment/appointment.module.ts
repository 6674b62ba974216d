import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { IdentityModule } from '@waymark/api/identity';
import { ResourceDirectoryModule } from '@waymark/api/resource-directory';
import { WorklistModule } from '../worklist/worklist.module';
import { AppointmentBooking } from './appointment-booking';
import { AppointmentPartyResolver, AppointmentTransportResolver } from './appointment-parts.resolver';
import { AppointmentQueryService } from './appointment-query.service';
import { AppointmentReminders } from './appointment-reminders';
import { AppointmentEntity } from './appointment.entity';
import { AppointmentResolver } from './appointment.resolver';
import { AppointmentService } from './appointment.service';

/** A client's appointments: transport, who must know, reminders on the worklist, outcomes, and the calendars of clients and workers. */
@Module({
  imports: [TypeOrmModule.forFeature([AppointmentEntity]), ClientModule, AuditModule, IdentityModule, ResourceDirectoryModule, WorklistModule],
  providers: [AppointmentService, AppointmentQueryService, AppointmentBooking, AppointmentReminders, AppointmentResolver, AppointmentTransportResolver, AppointmentPartyResolver],
})
export class AppointmentModule {}
