import { Injectable } from '@nestjs/common';
import { EnrollmentFacts, StaffLoader } from '@waymark/api/client';
import { Clock } from '@waymark/api/common';
import { TASK_CARRIER_ROLES } from '@waymark/shared/types';

/** A client's worker, and the enrollment whose primary case manager they are. */
export interface ClientWorkerFact {
  assigneeId: string;
  /** Tasks written with it move with a hand-over and are cancelled when the enrollment closes. */
  enrollmentId: string;
}

/** Enough enrollments for any client: a person is rarely in more than a few programs at once. */
const ENROLLMENTS_MAX = 50;

/**
 * Who does a client's field work (appointment reminders, refreshers, call follow-ups), the
 * one rule the worklist gives it by: the primary case manager of the client's most recently
 * opened open enrollment, while an active user who carries tasks. Null when nobody is: each
 * feature says who takes the work then.
 */
@Injectable()
export class ClientWorker {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly staff: StaffLoader,
    private readonly clock: Clock,
  ) {}

  /**
   * `enrollmentId`: only that enrollment (one the caller has checked is the client's) counts.
   * `prefer`: when that user is the case manager of one of the open enrollments, theirs wins.
   */
  async of(clientId: string, { enrollmentId, prefer }: { enrollmentId?: string | null; prefer?: string | null } = {}): Promise<ClientWorkerFact | null> {
    const found = await this.enrollments.inService({ clientId, closedSince: this.clock.today(), afterId: null, limit: ENROLLMENTS_MAX });
    const open = found
      .filter((e) => e.closedOn === null && e.primaryCaseManagerId && (!enrollmentId || e.id === enrollmentId))
      .sort((a, b) => Number(b.primaryCaseManagerId === prefer) - Number(a.primaryCaseManagerId === prefer) || b.openedOn.localeCompare(a.openedOn));
    for (const enrollment of open) {
      const worker = await this.staff.load(enrollment.primaryCaseManagerId);
      if (worker?.active && TASK_CARRIER_ROLES.includes(worker.role)) return { assigneeId: worker.id, enrollmentId: enrollment.id };
    }
    return null;
  }
}
