import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate, type EnrollmentFact, EnrollmentFacts, textByLength, TimelineService } from '@waymark/api/client';
import { actingUserId, BadInputError, Clock, ConflictError, emitInTransaction, NotFoundError, RequestContext } from '@waymark/api/common';
import { isUniqueViolation } from '@waymark/api/database';
import {
  type Answers,
  answersProblems,
  askedQuestions,
  AssessmentStatus,
  AuditAction,
  ErrorReason,
  findNeeds,
  mergeAnswers,
  missingRequired,
  renewalDueOn,
  scoreAnswers,
  TimelineKind,
} from '@waymark/shared/types';
import { InstrumentLoader } from '../instrument/instrument.loader';
import { type AssessmentEvent, CarePlanEvent } from '../shared/care-plan-events';
import { ASSESSMENT, AssessmentRecords } from './assessment-records';
import { assessmentLine } from './assessment-timeline-lines';
import type { AssessmentEntity } from './assessment.entity';
import type { AssessmentModel } from './assessment.model';
import type { AssessmentVersionInput } from './dto/assessment-version.input';
import type { CompleteAssessmentInput } from './dto/complete-assessment.input';
import type { CorrectAssessmentInput } from './dto/correct-assessment.input';
import type { SaveAssessmentAnswersInput } from './dto/save-assessment-answers.input';
import type { StartAssessmentInput } from './dto/start-assessment.input';

/**
 * Doing an assessment: started as a draft, saved as it goes, completed (scored, needs found,
 * next due date set, locked), and corrected only as a new version that supersedes it when
 * completed. Whoever may write to the client may do each step; every write is audited.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly records: AssessmentRecords,
    private readonly instruments: InstrumentLoader,
    private readonly gate: ClientGate,
    private readonly enrollments: EnrollmentFacts,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
    private readonly context: RequestContext,
  ) {}

  private get assessments() {
    return this.records.repository;
  }

  private get me(): string | null {
    return actingUserId(this.context.requirePrincipal());
  }

  @Transactional()
  async start({ clientId, enrollmentId, instrumentId }: StartAssessmentInput): Promise<AssessmentModel> {
    await this.gate.require(clientId, 'write');
    if (enrollmentId) {
      const enrollment = await this.enrollments.require(enrollmentId, 'write');
      if (enrollment.clientId !== clientId) throw new NotFoundError('Enrollment');
    }
    const instrument = await this.instruments.load(instrumentId);
    if (!instrument) throw new NotFoundError('Instrument');
    if (!instrument.active) throw new BadInputError('This instrument is retired; start the current one.', [{ field: 'instrumentId', message: 'is retired' }]);
    const row = await this.assessments.save(
      this.assessments.create({ ...EMPTY_DRAFT, clientId, enrollmentId: enrollmentId ?? null, instrumentId, answers: {}, startedBy: this.me }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: ASSESSMENT,
      entityId: row.id,
      clientId,
      changes: { instrument: { to: `${instrument.code} r${instrument.revision}` }, enrollmentId: { to: row.enrollmentId } },
    });
    return this.records.model(row);
  }

  /** Merges the answers sent (null clears one) after checking each against its question; the runner autosaves through it. */
  @Transactional()
  async saveAnswers({ assessmentId, version, answers }: SaveAssessmentAnswersInput): Promise<AssessmentModel> {
    const before = await this.editableDraft(assessmentId, version);
    const { definition } = await this.records.instrumentOf(before);
    const problems = answersProblems(definition, answers);
    if (problems.length) {
      throw new BadInputError(
        `Some answers cannot be saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
        problems.map((problem) => ({ field: `answers.${problem.field}`, message: problem.message })),
      );
    }
    if (!Object.keys(answers).length) return this.records.model(before);
    const merged = mergeAnswers(before.answers, answers as Answers);
    const row = await this.assessments.updateVersioned(assessmentId, version, { answers: merged }, ASSESSMENT);
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: ASSESSMENT,
      entityId: row.id,
      clientId: row.clientId,
      // Which questions changed, not the answers: the assessment holds those behind its own access.
      // A blank answer is one the merge dropped.
      changes: { answered: { to: Object.keys(answers).filter((key) => key in merged) }, cleared: { to: Object.keys(answers).filter((key) => !(key in merged)) } },
    });
    return this.records.model(row);
  }

  /**
   * Locks the assessment with its scores and needs, sets when the enrollment's program wants
   * it renewed, supersedes the assessment it corrects, and tells the client's story and the
   * worklist. Refused with INCOMPLETE (each missing question a field) while a required
   * question that is asked has no answer.
   */
  @Transactional()
  async complete({ assessmentId, version, completedOn }: CompleteAssessmentInput): Promise<AssessmentModel> {
    const before = await this.editableDraft(assessmentId, version);
    if (completedOn > this.clock.today()) throw new BadInputError('An assessment cannot be completed on a future day.', [{ field: 'completedOn', message: 'must not be in the future' }]);
    const enrollment = before.enrollmentId ? await this.enrollments.require(before.enrollmentId, 'write') : null;
    if (enrollment && completedOn < enrollment.openedOn) {
      throw new BadInputError(`The enrollment opened on ${enrollment.openedOn}; an assessment for it cannot be completed before.`, [{ field: 'completedOn', message: 'is before the enrollment opened' }]);
    }
    const corrected = before.correctsId ? await this.records.require(before.correctsId) : null;
    if (corrected?.completedOn && completedOn < corrected.completedOn) {
      throw new BadInputError(`A correction cannot be dated before the assessment it corrects (${corrected.completedOn}).`, [{ field: 'completedOn', message: 'is before the corrected assessment' }]);
    }
    const instrument = await this.records.instrumentOf(before);
    const { definition } = instrument;
    const missing = missingRequired(definition, before.answers);
    if (missing.length) {
      throw new BadInputError(
        `Answer every required question before completing: ${missing.join(', ')}.`,
        missing.map((key) => ({ field: key, message: 'is required' })),
        ErrorReason.INCOMPLETE,
      );
    }
    // Answers to questions the skip logic hid are not part of what was assessed.
    const answers = Object.fromEntries(askedQuestions(definition, before.answers).filter((q) => q.key in before.answers).map((q) => [q.key, before.answers[q.key]]));
    // A correction fixes what was recorded, not when the instrument was done: the renewal stays where the original set it.
    const nextDueOn = await this.nextDueOn(enrollment, instrument.code, corrected?.completedOn ?? completedOn);
    const completedAt = this.clock.now();
    const row = await this.assessments.updateVersioned(
      assessmentId,
      version,
      {
        status: AssessmentStatus.COMPLETED,
        answers,
        scores: scoreAnswers(definition, answers),
        needs: findNeeds(definition, answers),
        completedBy: this.me,
        completedAt,
        completedOn,
        nextDueOn,
      },
      ASSESSMENT,
    );
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: ASSESSMENT,
      entityId: row.id,
      clientId: row.clientId,
      changes: { status: { from: before.status, to: row.status }, completedOn: { to: completedOn }, nextDueOn: { to: nextDueOn } },
    });
    if (corrected) await this.supersede(corrected);
    await this.timeline.add({
      clientId: row.clientId,
      // A back-dated assessment sits on the day it was done.
      occurredAt: completedOn === this.clock.today() ? completedAt : new Date(`${completedOn}T12:00:00Z`),
      kind: TimelineKind.ASSESSMENT,
      sourceType: ASSESSMENT,
      sourceId: row.id,
      summary: row.correctsId ? assessmentLine.corrected(instrument.name) : assessmentLine.completed(instrument.name),
    });
    const event: AssessmentEvent = {
      assessmentId: row.id,
      clientId: row.clientId,
      enrollmentId: row.enrollmentId,
      instrumentCode: instrument.code,
      completedOn,
      nextDueOn,
    };
    await emitInTransaction(this.events, CarePlanEvent.ASSESSMENT_COMPLETED, event);
    return this.records.model(row);
  }

  /** Opens a correction of a completed assessment: a new draft with its answers, completed in its place. */
  @Transactional()
  async correct({ assessmentId, reason }: CorrectAssessmentInput): Promise<AssessmentModel> {
    const original = await this.records.require(assessmentId);
    await this.gate.require(original.clientId, 'write');
    if (original.status === AssessmentStatus.IN_PROGRESS) {
      throw new BadInputError('This assessment is still a draft; change its answers instead.', [{ field: 'assessmentId', message: 'is a draft' }]);
    }
    if (original.status === AssessmentStatus.SUPERSEDED) {
      throw new BadInputError('This assessment was corrected already; correct its latest version.', [{ field: 'assessmentId', message: 'is superseded' }], ErrorReason.LOCKED_RECORD);
    }
    const open = await this.assessments.findOneBy({ correctsId: assessmentId, status: AssessmentStatus.IN_PROGRESS });
    if (open) throw correctionOpen();
    const row = await this.assessments
      .save(
        this.assessments.create({
          ...EMPTY_DRAFT,
          clientId: original.clientId,
          enrollmentId: original.enrollmentId,
          instrumentId: original.instrumentId,
          answers: original.answers,
          startedBy: this.me,
          correctsId: original.id,
          correctionReason: reason,
        }),
      )
      .catch((error) => {
        throw isUniqueViolation(error) ? correctionOpen() : error;
      });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: ASSESSMENT,
      entityId: row.id,
      clientId: row.clientId,
      changes: textByLength({ correctsId: { to: original.id }, correctionReason: { to: reason } }, ['correctionReason']),
    });
    return this.records.model(row);
  }

  /** Throws a draft away (a correction's draft too: the corrected assessment stays in force). */
  @Transactional()
  async discard({ assessmentId, version }: AssessmentVersionInput): Promise<boolean> {
    const before = await this.editableDraft(assessmentId, version);
    if (!(await this.assessments.delete({ id: assessmentId, version }))) throw new ConflictError();
    await this.audit.record({
      action: AuditAction.DELETE,
      entityType: ASSESSMENT,
      entityId: assessmentId,
      clientId: before.clientId,
      changes: { status: { from: before.status }, instrumentId: { from: before.instrumentId }, correctsId: { from: before.correctsId } },
    });
    return true;
  }

  /**
   * A draft on a client the caller may write to, at the version they saw: a completed (or
   * superseded) one is LOCKED_RECORD, a stale version CONFLICT before anything is checked
   * against answers the caller has not seen.
   */
  private async editableDraft(assessmentId: string, version: number): Promise<AssessmentEntity> {
    const row = await this.records.require(assessmentId);
    await this.gate.require(row.clientId, 'write');
    if (row.status !== AssessmentStatus.IN_PROGRESS) {
      throw new BadInputError('This assessment is completed and can no longer be changed; correct it instead.', [{ field: 'assessmentId', message: 'is completed' }], ErrorReason.LOCKED_RECORD);
    }
    if (row.version !== version) throw new ConflictError();
    return row;
  }

  /** When the enrollment's program wants the instrument renewed; none without an enrollment or a renewal rule. */
  private async nextDueOn(enrollment: EnrollmentFact | null, code: string, completedOn: string): Promise<string | null> {
    if (!enrollment) return null;
    return renewalDueOn((await this.enrollments.program(enrollment.programId)).rules, code, completedOn);
  }

  private async supersede(corrected: AssessmentEntity): Promise<void> {
    await this.assessments.updateVersioned(corrected.id, corrected.version, { status: AssessmentStatus.SUPERSEDED }, ASSESSMENT);
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: ASSESSMENT,
      entityId: corrected.id,
      clientId: corrected.clientId,
      changes: { status: { from: corrected.status, to: AssessmentStatus.SUPERSEDED } },
    });
  }
}

const EMPTY_DRAFT = {
  status: AssessmentStatus.IN_PROGRESS,
  scores: null,
  needs: null,
  completedBy: null,
  completedAt: null,
  completedOn: null,
  nextDueOn: null,
  correctsId: null,
  correctionReason: null,
} as const;

function correctionOpen(): BadInputError {
  return new BadInputError('A correction of this assessment is already in progress; finish or discard it first.', [{ field: 'assessmentId', message: 'has a correction in progress' }]);
}
