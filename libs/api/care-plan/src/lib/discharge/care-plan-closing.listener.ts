import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import { ClientEvent, type ClosingListenerResult, type EnrollmentClosingEvent } from '@waymark/api/client';
import { type ClosureBlocker, ClosureBlockerKind, CarePlanStatus, TaskKind, TaskStatus } from '@waymark/shared/types';

/** How a plan still in the way reads in the closure's message. */
const PLAN_STANDING: Record<string, { kind: ClosureBlockerKind; words: string }> = {
  [CarePlanStatus.ACTIVE]: { kind: ClosureBlockerKind.ACTIVE_PLAN, words: 'is active: close it first' },
  [CarePlanStatus.DRAFT]: { kind: ClosureBlockerKind.PLAN_IN_PROGRESS, words: 'is a draft' },
  [CarePlanStatus.PENDING_APPROVAL]: { kind: ClosureBlockerKind.PLAN_IN_PROGRESS, words: 'is awaiting approval' },
};

/**
 * Care planning's answer when an enrollment is about to close: the work of this enrollment
 * left undone. Tasks due after the close date are not in the way — the worklist cancels them
 * as the enrollment closes, generated and hand-written alike (WorklistListeners) — nor are
 * follow-ups, which only start with the closure.
 */
@Injectable()
export class CarePlanClosingListener {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  @OnEvent(ClientEvent.ENROLLMENT_CLOSING, { suppressErrors: false })
  async blockers({ enrollment, closedOn }: EnrollmentClosingEvent): Promise<ClosingListenerResult> {
    return [...(await this.openTasks(enrollment.id, closedOn)), ...(await this.openPlans(enrollment.id))];
  }

  private async openTasks(enrollmentId: string, closedOn: string): Promise<ClosureBlocker[]> {
    const rows: { id: string; title: string; due_on: string }[] = await this.txHost.tx.query(
      `SELECT id, title, due_on::text AS due_on FROM task
        WHERE agency_id = $1 AND enrollment_id = $2 AND status = $3 AND kind <> $4 AND due_on <= $5
        ORDER BY due_on, created_at`,
      [this.context.agencyId, enrollmentId, TaskStatus.OPEN, TaskKind.FOLLOW_UP, closedOn],
    );
    return rows.map((task) => ({ kind: ClosureBlockerKind.OPEN_TASK, id: task.id, description: `Task "${task.title}" due ${task.due_on} is still open` }));
  }

  private async openPlans(enrollmentId: string): Promise<ClosureBlocker[]> {
    const rows: { id: string; revision: number; status: string }[] = await this.txHost.tx.query(
      `SELECT id, revision, status FROM care_plan WHERE agency_id = $1 AND enrollment_id = $2 AND status = ANY($3) ORDER BY revision`,
      [this.context.agencyId, enrollmentId, Object.keys(PLAN_STANDING)],
    );
    return rows.map((plan) => ({
      kind: PLAN_STANDING[plan.status].kind,
      id: plan.id,
      description: `Care plan version ${plan.revision} ${PLAN_STANDING[plan.status].words}`,
    }));
  }
}
