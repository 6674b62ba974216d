import { Injectable } from '@nestjs/common';
import { EnrollmentFacts, StaffLoader } from '@waymark/api/client';
import { BadInputError, RequestContext, actingUserId } from '@waymark/api/common';
import { DirectoryServices } from '@waymark/api/resource-directory';
import { endsNotAfterStart, TASK_CARRIER_ROLES, TransportProvider } from '@waymark/shared/types';
import { ClientWorker } from '../worklist/client-worker';
import type { TransportInput } from './dto/transport.input';

/** The transport columns of an appointment, checked. */
export interface CheckedTransport {
  transportNeeded: boolean;
  transportProvider: TransportProvider | null;
  transportStaffId: string | null;
  transportServiceId: string | null;
  transportServiceName: string | null;
  pickupAt: Date | null;
  transportNotes: string | null;
  /** The name of the worker who drives, for the reminder's details. */
  driverName: string | null;
}

const NO_TRANSPORT: CheckedTransport = {
  transportNeeded: false,
  transportProvider: null,
  transportStaffId: null,
  transportServiceId: null,
  transportServiceName: null,
  pickupAt: null,
  transportNotes: null,
  driverName: null,
};

const refuse = (message: string, field: string, reason: string): never => {
  throw new BadInputError(message, [{ field, message: reason }]);
};

/**
 * What a booking names beyond the client, checked against the agency's own records: the
 * enrollment (the client's), the directory services (visible to the agency), the worker who
 * drives (one of the agency's who carries tasks). Another agency's ids are not found.
 */
@Injectable()
export class AppointmentBooking {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly directory: DirectoryServices,
    private readonly staff: StaffLoader,
    private readonly context: RequestContext,
    private readonly worker: ClientWorker,
  ) {}

  refuseBadTimes(startsAt: Date, endsAt: Date, field = 'endsAt'): void {
    if (endsNotAfterStart(startsAt, endsAt)) refuse('The appointment must end after it starts.', field, 'must be after the start');
  }

  /**
   * Who prepares the appointment and records its outcome: the client's worker (see
   * ClientWorker; on the enrollment the appointment serves when it names one, the booker's
   * own enrollment first), else the one who booked it while they carry tasks, else the
   * supervisors' queue.
   */
  async responsibleWorker(clientId: string, enrollmentId: string | null | undefined): Promise<string | null> {
    if (enrollmentId) {
      const enrollment = await this.enrollments.require(enrollmentId, 'read');
      if (enrollment.clientId !== clientId) refuse('That enrollment is not this client’s.', 'enrollmentId', 'not this client’s');
    }
    const me = actingUserId(this.context.requirePrincipal());
    const worker = await this.worker.of(clientId, { enrollmentId, prefer: me });
    if (worker) return worker.assigneeId;
    return me && (await this.carriesTasks(me)) ? me : null;
  }

  /** The directory service's name, once the agency is seen to see it. */
  async serviceName(serviceId: string, field: string): Promise<string> {
    const service = await this.directory.summary(serviceId);
    if (!service) return refuse('There is no such service in the directory.', field, 'not found');
    return `${service.name} (${service.organizationName})`;
  }

  async transport(input: TransportInput | null | undefined, startsAt: Date): Promise<CheckedTransport> {
    if (!input?.needed) return NO_TRANSPORT;
    const provider = input.provider ?? refuse('Say who provides the transport.', 'transport.provider', 'required when transport is needed');
    if (input.pickupAt && input.pickupAt.getTime() > startsAt.getTime()) refuse('The pickup must be before the appointment starts.', 'transport.pickupAt', 'must not be after the start');
    const checked: CheckedTransport = { ...NO_TRANSPORT, transportNeeded: true, transportProvider: provider, pickupAt: input.pickupAt ?? null, transportNotes: input.notes ?? null };
    if (provider === TransportProvider.CASE_MANAGER) {
      const staffId = input.staffId ?? refuse('Say which worker drives.', 'transport.staffId', 'required for CASE_MANAGER');
      const driver = await this.staff.load(staffId);
      if (!driver) refuse('There is no such user in the agency.', 'transport.staffId', 'not found');
      if (!(await this.carriesTasks(staffId))) refuse(`${driver?.displayName} does not carry client work.`, 'transport.staffId', 'not an active worker');
      return { ...checked, transportStaffId: staffId, driverName: driver?.displayName ?? null };
    }
    if (provider === TransportProvider.DIRECTORY_SERVICE) {
      const serviceId = input.serviceId ?? refuse('Say which directory service drives.', 'transport.serviceId', 'required for DIRECTORY_SERVICE');
      return { ...checked, transportServiceId: serviceId, transportServiceName: await this.serviceName(serviceId, 'transport.serviceId') };
    }
    return checked;
  }

  /** The name of the worker who drives, for a reminder's details. */
  async driverName(staffId: string | null): Promise<string | null> {
    return (await this.staff.load(staffId))?.displayName ?? null;
  }

  /** Whether the user is one of the agency's active workers who carry tasks. */
  private async carriesTasks(userId: string): Promise<boolean> {
    const user = await this.staff.load(userId);
    return !!user?.active && TASK_CARRIER_ROLES.includes(user.role);
  }
}
