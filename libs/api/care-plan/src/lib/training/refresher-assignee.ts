import { Injectable } from '@nestjs/common';
import { EnrollmentFacts } from '@waymark/api/client';
import { Clock, RequestContext } from '@waymark/api/common';
import { DeadlinePlanner } from '../worklist/deadline-planner';

/** Enough of one client's enrollments still in service to find their case manager. */
const ENROLLMENTS_MAX = 20;

/**
 * Who a client's refreshers go to, as the worklist gives a program's deadlines: the active
 * primary case manager of the client's open enrollment (the latest opened, when several), else
 * whoever recorded the training, so the refresher is never nobody's.
 */
@Injectable()
export class RefresherAssignee {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly planner: DeadlinePlanner,
    private readonly clock: Clock,
    private readonly context: RequestContext,
  ) {}

  async of(clientId: string): Promise<string> {
    const inService = await this.enrollments.inService({ closedSince: this.clock.today(), afterId: null, limit: ENROLLMENTS_MAX, clientId });
    const open = inService.filter((enrollment) => enrollment.closedOn === null).sort((a, b) => b.openedOn.localeCompare(a.openedOn));
    for (const enrollment of open) {
      const caseManager = await this.planner.activeCaseManager(enrollment);
      if (caseManager) return caseManager;
    }
    return this.context.requirePrincipal().id;
  }
}
