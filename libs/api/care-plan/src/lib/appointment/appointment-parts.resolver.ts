import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { AppointmentPartyModel, AppointmentTransportModel } from './appointment.model';

/** The workers an appointment's transport and its told parties name, through the per-request StaffLoader. */
@Resolver(() => AppointmentTransportModel)
export class AppointmentTransportResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('staff', () => StaffModel, { nullable: true })
  staffMember(@Parent() transport: AppointmentTransportModel) {
    return this.staff.load(transport.staffId);
  }
}

@Resolver(() => AppointmentPartyModel)
export class AppointmentPartyResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('toldBy', () => StaffModel, { nullable: true })
  toldBy(@Parent() party: AppointmentPartyModel) {
    return this.staff.load(party.toldById);
  }
}
