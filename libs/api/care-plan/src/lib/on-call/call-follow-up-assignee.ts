import { Injectable } from '@nestjs/common';
import { EnrollmentFacts, StaffLoader } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { TASK_CARRIER_ROLES } from '@waymark/shared/types';

/** Enough enrollments for any client: a person is rarely in more than a few programs at once. */
const ENROLLMENTS_MAX = 50;

/**
 * Who follows a call up, as the worklist gives a client's work: the primary case manager of
 * the client's open enrollment (the most recently opened, when there are several) while
 * they carry tasks; null, the supervisors' queue, when nobody does.
 */
@Injectable()
export class CallFollowUpAssignee {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly staff: StaffLoader,
    private readonly clock: Clock,
  ) {}

  async of(clientId: string): Promise<string | null> {
    const found = await this.enrollments.inService({ clientId, closedSince: this.clock.today(), afterId: null, limit: ENROLLMENTS_MAX });
    const open = found.filter((e) => e.closedOn === null && e.primaryCaseManagerId).sort((a, b) => b.openedOn.localeCompare(a.openedOn));
    for (const enrollment of open) {
      const worker = await this.staff.load(enrollment.primaryCaseManagerId);
      if (worker?.active && TASK_CARRIER_ROLES.includes(worker.role)) return worker.id;
    }
    return null;
  }
}
