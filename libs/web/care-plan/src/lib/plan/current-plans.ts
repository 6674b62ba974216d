import { CarePlanStatus } from '@waymark/shared/types';

interface Versioned {
  id: string;
  enrollmentId: string;
  status: CarePlanStatus;
}

export interface EnrollmentPlans<P extends Versioned> {
  enrollmentId: string;
  /** The plan in force, if any */
  active: P | null;
  /** The draft or the version awaiting approval, if any */
  inProgress: P | null;
  /** What the tab shows for the enrollment: the plan being worked on, the one in force, else the latest */
  current: P[];
}

const OPEN: readonly CarePlanStatus[] = [CarePlanStatus.DRAFT, CarePlanStatus.PENDING_APPROVAL];

/**
 * The client's plans by enrollment (given newest first, as `clientCarePlans` lists them): per
 * enrollment at most one plan in force and one being worked on, as the database allows.
 */
export function plansByEnrollment<P extends Versioned>(plans: readonly P[]): EnrollmentPlans<P>[] {
  const groups = new Map<string, P[]>();
  for (const plan of plans) groups.set(plan.enrollmentId, [...(groups.get(plan.enrollmentId) ?? []), plan]);
  return [...groups.entries()].map(([enrollmentId, versions]) => {
    const active = versions.find((plan) => plan.status === CarePlanStatus.ACTIVE) ?? null;
    const inProgress = versions.find((plan) => OPEN.includes(plan.status)) ?? null;
    const current = [inProgress, active].filter((plan): plan is P => !!plan);
    return { enrollmentId, active, inProgress, current: current.length ? current : versions.slice(0, 1) };
  });
}
