import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, createdChanges, textByLength } from '@waymark/api/audit';
import { ClientGate, TimelineService } from '@waymark/api/client';
import { AppConfig, BadInputError, Clock, ForbiddenError, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import {
  AuditAction,
  CALL_FOLLOW_UP_PRIORITY,
  callFollowUpDueOn,
  ErrorReason,
  TaskKind,
  TaskStatus,
  TaskSubject,
  taskDedupeKey,
  TimelineKind,
  WORKLIST_OVERSEER_ROLES,
} from '@waymark/shared/types';
import { ClientWorker } from '../worklist/client-worker';
import { RecordTasks } from '../worklist/record-tasks';
import type { LogEmergencyCallInput } from './dto/log-emergency-call.input';
import type { RecordCallFollowUpInput } from './dto/record-call-follow-up.input';
import { EMERGENCY_CALL, EmergencyCallEntity } from './emergency-call.entity';
import { EmergencyCallModel } from './emergency-call.model';
import { onCallLine } from './on-call-timeline-lines';
import { onCallUserId } from './on-call-worker';

const FIELDS = [
  'receivedAt',
  'callerName',
  'callerRelation',
  'callerPhone',
  'clientId',
  'whatHappened',
  'actionTaken',
  'severity',
  'followUpNeeded',
  'followUpDueOn',
  'followUpAssigneeId',
] as const satisfies readonly (keyof EmergencyCallEntity)[];

/** Who called and what they said stay out of the audit trail but for their length: the log holds them. */
const FREE_TEXT = ['callerName', 'callerPhone', 'whatHappened', 'actionTaken'];

/** A worker's clock may run a little ahead of the server's; "just now" is not in the future. */
const CLOCK_SKEW_MS = 2 * 60_000;

/** The task's closing note: the follow-up's own words stay on the call, out of the task's audit. */
const FOLLOW_UP_DONE = 'Followed up: see the call in the on-call log';

/**
 * The emergency log. The on-call worker logs a call for the whole agency, so a call may be
 * about any of its clients, not only their caseload's; a call that asks for follow-up puts
 * a task on the client's worker's list for the next morning, closed when the follow-up is
 * recorded. A call about a client is on their timeline and in the audit trail as client data.
 */
@Injectable()
export class EmergencyCallService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly clients: ClientGate,
    private readonly worker: ClientWorker,
    private readonly tasks: RecordTasks,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private get calls() {
    return this.tenant.repository(EmergencyCallEntity);
  }

  @Transactional()
  async log({ clientId = null, followUpNeeded, ...input }: LogEmergencyCallInput): Promise<EmergencyCallModel> {
    const takenBy = onCallUserId(this.context);
    if (input.receivedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) {
      throw new BadInputError('receivedAt is in the future; log a call once it has come in.', [{ field: 'receivedAt', message: 'is in the future' }]);
    }
    if (clientId) await this.requireClient(clientId);
    else if (followUpNeeded) {
      throw new BadInputError("A follow-up goes to the client's worker: name the client, or log the call without one.", [{ field: 'followUpNeeded', message: 'needs a client' }]);
    }
    const followUpDueOn = followUpNeeded ? callFollowUpDueOn(input.receivedAt, this.config.ON_CALL_TIME_ZONE) : null;
    // The client's worker follows it up; with none, the supervisors' queue does.
    const worker = followUpNeeded && clientId ? await this.worker.of(clientId) : null;
    const followUpAssigneeId = worker?.assigneeId ?? null;
    const call = await this.calls.save(
      this.calls.create({
        ...input,
        callerPhone: input.callerPhone ?? null,
        clientId,
        takenBy,
        followUpNeeded,
        followUpDueOn,
        followUpAssigneeId,
        followUpNote: null,
        followedUpBy: null,
        followedUpAt: null,
      }),
    );
    if (call.clientId) await this.onClientRecord(call, call.clientId, worker?.enrollmentId ?? null);
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: EMERGENCY_CALL,
      entityId: call.id,
      clientId: call.clientId ?? undefined,
      changes: textByLength(createdChanges(call, FIELDS), FREE_TEXT),
    });
    return EmergencyCallModel.from(call);
  }

  /**
   * What the client's worker found and did the morning after; closes the follow-up task. The
   * worker it was given to, a supervisor or an admin, or anyone who may change the client's
   * record records it, once.
   */
  @Transactional()
  async recordFollowUp({ callId, version, note }: RecordCallFollowUpInput): Promise<EmergencyCallModel> {
    const me = onCallUserId(this.context);
    const before = await this.calls.findOneBy({ id: callId });
    if (!before) throw new NotFoundError('Call');
    if (!before.followUpNeeded || !before.clientId) {
      throw new BadInputError('This call asked for no follow-up.', [{ field: 'callId', message: 'needs no follow-up' }], ErrorReason.ILLEGAL_TRANSITION);
    }
    if (before.followedUpAt) {
      throw new BadInputError('This call has already been followed up.', [{ field: 'callId', message: 'already followed up' }], ErrorReason.LOCKED_RECORD);
    }
    await this.requireFollowUpWorker(before, me);
    const followedUpAt = this.clock.now();
    const call = await this.calls.updateVersioned(callId, version, { followUpNote: note, followedUpBy: me, followedUpAt }, 'Call');
    await this.tasks.close(TaskSubject.EMERGENCY_CALL, call.id, TaskStatus.DONE, FOLLOW_UP_DONE, [TaskKind.ON_CALL_FOLLOW_UP]);
    await this.timeline.add({
      clientId: before.clientId,
      occurredAt: followedUpAt,
      kind: TimelineKind.EMERGENCY_CALL,
      sourceType: EMERGENCY_CALL,
      sourceId: call.id,
      summary: onCallLine.followedUp(),
    });
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: EMERGENCY_CALL,
      entityId: call.id,
      clientId: before.clientId,
      changes: { followedUpAt: { to: followedUpAt.toISOString() }, followedUpBy: { to: me }, followUpNoteLength: { to: note.length } },
    });
    return EmergencyCallModel.from(call);
  }

  /** The agency's client, not merged away; another agency's or an unknown id is NOT_FOUND. */
  private async requireClient(clientId: string): Promise<void> {
    const [client] = await this.clients.facts([clientId]);
    if (!client) throw new NotFoundError('Client');
    if (client.mergedIntoId) {
      throw new BadInputError('This record was merged into another client record; log the call on that one.', [{ field: 'clientId', message: 'merged record' }]);
    }
  }

  private async requireFollowUpWorker(call: EmergencyCallEntity, me: string): Promise<void> {
    if (call.followUpAssigneeId === me || WORKLIST_OVERSEER_ROLES.includes(this.context.requirePrincipal().role)) return;
    const [mayChange] = await this.clients.mayChange([call.clientId as string]);
    if (!mayChange) throw new ForbiddenError("The follow-up is recorded by the client's worker or a supervisor.");
  }

  /**
   * The call on the client's timeline, and its follow-up on their worker's list for the next
   * morning, on the enrollment of that worker (see ClientWorker) so it moves with the case.
   */
  private async onClientRecord(call: EmergencyCallEntity, clientId: string, enrollmentId: string | null): Promise<void> {
    await this.timeline.add({
      clientId,
      occurredAt: call.receivedAt,
      kind: TimelineKind.EMERGENCY_CALL,
      sourceType: EMERGENCY_CALL,
      sourceId: call.id,
      summary: onCallLine.received(call.callerRelation, call.severity),
    });
    if (!call.followUpNeeded || !call.followUpDueOn) return;
    await this.tasks.schedule({
      kind: TaskKind.ON_CALL_FOLLOW_UP,
      clientId,
      title: 'Follow up the after-hours call',
      dueOn: call.followUpDueOn,
      priority: CALL_FOLLOW_UP_PRIORITY[call.severity],
      assigneeId: call.followUpAssigneeId,
      enrollmentId,
      subjectType: TaskSubject.EMERGENCY_CALL,
      subjectId: call.id,
      dedupeKey: taskDedupeKey(TaskKind.ON_CALL_FOLLOW_UP, call.id, call.followUpDueOn),
    });
  }
}
