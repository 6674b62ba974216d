import type { EnrollmentStatus } from '@waymark/shared/types';
import type { SupervisionWorkerCasesQuery } from '@waymark/web/core';

type CaseClient = SupervisionWorkerCasesQuery['clients']['edges'][number]['node'];

/** One case a supervisor may hand on: an open enrollment the worker leads, with its client's risk. */
export interface WorkerCase {
  enrollmentId: string;
  version: number;
  status: EnrollmentStatus;
  programName: string;
  client: Pick<CaseClient, 'id' | 'displayName' | 'clientNumber' | 'riskLevel' | 'flags'>;
}

/** The worker's open enrollments among a page of clients (a client may have others, led by someone else or closed). */
export function casesOf(clients: readonly CaseClient[], workerId: string, programId: string | null): WorkerCase[] {
  return clients.flatMap(({ enrollments, ...client }) =>
    enrollments
      .filter((enrollment) => !enrollment.closedOn && enrollment.primaryCaseManager?.id === workerId && (!programId || enrollment.program.id === programId))
      .map((enrollment) => ({ enrollmentId: enrollment.id, version: enrollment.version, status: enrollment.status, programName: enrollment.program.name, client })),
  );
}
