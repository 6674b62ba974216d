import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import { BadInputError, Clock, ConflictError, emitInTransaction, ForbiddenError, NotFoundError, RequestContext } from '@waymark/api/common';
import { isUniqueViolation, TenantScope } from '@waymark/api/database';
import {
  AuditAction,
  canChangeEnrollmentStatus,
  ClientStatus,
  EligibilityOutcome,
  EnrollmentStatus,
  ErrorReason,
  Role,
  TimelineKind,
} from '@waymark/shared/types';
import { ClientAccess, type ClientAccessNeed } from '../access/client-access.service';
import type { ClientEntity } from '../person/client.entity';
import { ClientEvent, type EnrollmentChangedEvent, type EnrollmentEvent } from '../shared/client-events';
import { ENROLLMENT_STATUS_WORDS, timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import { CaseAssignments } from './case-assignments';
import type { ChangeEnrollmentStatusInput } from './dto/change-enrollment-status.input';
import type { EnrollClientInput } from './dto/enroll-client.input';
import { EligibilityService } from './eligibility.service';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { EnrollmentClosure } from './enrollment-closure';
import { EnrollmentFacts } from './enrollment-facts';
import { EnrollmentModel } from './enrollment.model';
import { ProgramService } from './program.service';
import { ProgramLoader } from './program.loader';
import type { ProgramModel } from './program.model';

/** Records past services: a client discharged or closed is reopened before a new enrollment. */
const NOT_ENROLLABLE: readonly ClientStatus[] = [ClientStatus.DISCHARGED, ClientStatus.CLOSED];

/** A client's enrollments in the agency's programs, and their status lifecycle. */
@Injectable()
export class EnrollmentService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly programs: ProgramService,
    private readonly eligibility: EligibilityService,
    private readonly programNames: ProgramLoader,
    private readonly assignments: CaseAssignments,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly facts: EnrollmentFacts,
    private readonly closure: EnrollmentClosure,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
  ) {}

  private get enrollments() {
    return this.tenant.repository(EnrollmentEntity);
  }

  /** The enrollment, once the caller may `need` its client; unknown or foreign ids are NOT_FOUND. */
  async open(enrollmentId: string, need: ClientAccessNeed): Promise<{ enrollment: EnrollmentEntity; client: ClientEntity }> {
    const enrollment = await this.enrollments.findOneBy({ id: enrollmentId });
    if (!enrollment) throw new NotFoundError('Enrollment');
    return { enrollment, client: await this.access.require(enrollment.clientId, need) };
  }

  /** The program's name for timeline lines. */
  async programName(programId: string): Promise<string> {
    return (await this.programNames.load(programId))?.name ?? 'Program';
  }

  async listForClient(clientId: string): Promise<EnrollmentModel[]> {
    await this.access.require(clientId, 'read');
    const rows = await this.enrollments.find({ where: { clientId }, order: { openedOn: 'DESC', createdAt: 'DESC' } });
    this.audit.recordRead({ action: AuditAction.READ, entityType: 'Enrollment', clientId });
    return rows.map(EnrollmentModel.from);
  }

  @Transactional()
  async enroll(input: EnrollClientInput): Promise<EnrollmentModel> {
    const client = await this.access.require(input.clientId, 'write');
    if (NOT_ENROLLABLE.includes(client.status)) {
      throw new BadInputError('Reopen this client before enrolling them.', [{ field: 'clientId', message: `client is ${client.status.toLowerCase()}` }]);
    }
    const program = await this.programs.requireOpen(input.programId);
    await this.refuseIneligible(client.id, program);
    const worker = input.primaryCaseManagerId ? await this.requireNameable(input.primaryCaseManagerId) : null;
    const enrollment = await this.enrollments
      .save(
        this.enrollments.create({
          clientId: client.id,
          programId: program.id,
          status: EnrollmentStatus.PENDING,
          openedOn: input.openedOn,
          openReason: input.reason,
          closedOn: null,
          closeReason: null,
          primaryCaseManagerId: worker?.id ?? null,
        }),
      )
      .catch((error) => {
        if (!isUniqueViolation(error, 'enrollment_open_key')) throw error;
        throw new BadInputError(`The client already has an open enrollment in ${program.name}.`, [{ field: 'programId', message: 'already enrolled' }]);
      });
    await this.timeline.add({
      clientId: client.id,
      occurredAt: enrollment.createdAt,
      kind: TimelineKind.ENROLLMENT,
      sourceType: 'Enrollment',
      sourceId: enrollment.id,
      summary: timelineLine.enrolled(program.name, enrollment.openedOn),
    });
    if (worker) await this.assignments.start(enrollment, worker, input.reason, program.name);
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: 'Enrollment',
      entityId: enrollment.id,
      clientId: client.id,
      reason: input.reason,
      changes: {
        programId: { to: program.id },
        status: { to: enrollment.status },
        openedOn: { to: enrollment.openedOn },
        primaryCaseManagerId: { to: enrollment.primaryCaseManagerId },
      },
    });
    const opened: EnrollmentEvent = { enrollment: await this.facts.toFact(enrollment) };
    await emitInTransaction(this.events, ClientEvent.ENROLLMENT_OPENED, opened);
    return EnrollmentModel.from(enrollment);
  }

  /**
   * Moves the enrollment along ENROLLMENT_STATUS_TRANSITIONS. Closing needs a reason and a
   * date between the open date and today, nothing in its way (EnrollmentClosure), and ends
   * the current case assignment.
   */
  @Transactional()
  async changeStatus({ enrollmentId, version, status, reason, date }: ChangeEnrollmentStatusInput): Promise<EnrollmentModel> {
    const { enrollment: before } = await this.open(enrollmentId, 'write');
    if (before.version !== version) throw new ConflictError();
    if (!canChangeEnrollmentStatus(before.status, status)) {
      throw new BadInputError(
        `An enrollment cannot go from ${ENROLLMENT_STATUS_WORDS[before.status]} to ${ENROLLMENT_STATUS_WORDS[status]}.`,
        [{ field: 'status', message: `not allowed from ${before.status}` }],
        ErrorReason.ILLEGAL_TRANSITION,
      );
    }
    const closing = status === EnrollmentStatus.CLOSED;
    if (date && date > this.clock.today()) throw new BadInputError('The date cannot be in the future.', [{ field: 'date', message: 'in the future' }]);
    const beforeFact = await this.facts.toFact(before);
    if (closing) {
      this.checkClosing(before, reason, date);
      await this.closure.refuseBlocked(beforeFact, date);
    }

    const patch = closing ? { status, closedOn: date, closeReason: reason } : { status };
    const enrollment = await this.enrollments.updateVersioned(before.id, version, patch, 'Enrollment');
    const endedAssignmentOf = closing ? await this.assignments.end(enrollment.id, new Date()) : null;
    const programName = await this.programName(enrollment.programId);
    await this.timeline.add({
      clientId: enrollment.clientId,
      occurredAt: enrollment.updatedAt,
      kind: TimelineKind.ENROLLMENT,
      sourceType: 'Enrollment',
      sourceId: enrollment.id,
      summary: enrollment.closedOn
        ? timelineLine.enrollmentClosed(programName, enrollment.closedOn)
        : timelineLine.enrollmentStatus(programName, before.status, status),
    });
    const changes: FieldChanges = { status: { from: before.status, to: status } };
    if (closing) Object.assign(changes, { closedOn: { from: null, to: date }, closeReason: { from: null, to: reason } });
    if (endedAssignmentOf) changes.assignmentEnded = { from: endedAssignmentOf };
    else if (date) changes.effectiveOn = { to: date };
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: 'Enrollment',
      entityId: enrollment.id,
      clientId: enrollment.clientId,
      reason: reason ?? undefined,
      changes,
    });
    const changed: EnrollmentChangedEvent = { before: beforeFact, after: await this.facts.toFact(enrollment) };
    await emitInTransaction(this.events, ClientEvent.ENROLLMENT_CHANGED, changed);
    return EnrollmentModel.from(enrollment);
  }

  private checkClosing(enrollment: EnrollmentEntity, reason: string | null | undefined, date: string | null | undefined): asserts date is string {
    const problems = [];
    if (!reason) problems.push({ field: 'reason', message: 'a close reason is required' });
    if (!date) problems.push({ field: 'date', message: 'a close date is required' });
    else if (date < enrollment.openedOn) problems.push({ field: 'date', message: `must not be before the open date ${enrollment.openedOn}` });
    if (problems.length) throw new BadInputError('Closing an enrollment needs a reason and a close date on or after the open date.', problems);
  }

  /** A client whose latest screen for the program ruled them out is screened again before enrolling; no screen at all is a worker's call. */
  private async refuseIneligible(clientId: string, program: ProgramModel): Promise<void> {
    const screen = await this.eligibility.latest(clientId, program.id);
    if (screen?.outcome !== EligibilityOutcome.INELIGIBLE) return;
    const why = screen.reasons.map((reason) => reason.toLowerCase().replaceAll('_', ' ')).join(', ');
    throw new BadInputError(
      `The latest eligibility screen for ${program.name} found the client not eligible (${why}). Screen them again if their circumstances have changed.`,
      [{ field: 'programId', message: 'not eligible by the latest screen' }],
    );
  }

  /** Supervisors and admins name anyone who carries cases; a case manager may name only themselves. */
  private async requireNameable(userId: string) {
    const { role, id } = this.context.requirePrincipal();
    const mayName = role === Role.SUPERVISOR || role === Role.ADMIN || (role === Role.CASE_MANAGER && userId === id);
    if (!mayName) throw new ForbiddenError('Only supervisors assign a case to another worker.');
    return this.assignments.requireWorker(userId, 'primaryCaseManagerId');
  }
}
