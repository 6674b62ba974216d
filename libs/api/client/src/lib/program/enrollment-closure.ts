import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuditTrail } from '@waymark/api/audit';
import { Clock, DomainError, emitInTransaction } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, type ClosureBlocker, ClosureBlockerKind, EnrollmentStatus, ErrorCode, ErrorReason, NoteStatus } from '@waymark/shared/types';
import { Brackets, Not } from 'typeorm';
import { CaseNoteEntity } from '../note/case-note.entity';
import { ClientEvent, type ClosingListenerResult, type EnrollmentClosingEvent } from '../shared/client-events';
import type { EnrollmentFact } from '../shared/client-facts';
import { StaffLoader } from '../staff/staff.loader';
import { timelineLine } from '../timeline/timeline-lines';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { EnrollmentFacts } from './enrollment-facts';

/** The closure refused: BAD_USER_INPUT, reason CLOSURE_BLOCKED, with every blocker in `extensions.blockers`. */
export class ClosureBlockedError extends DomainError {
  constructor(blockers: ClosureBlocker[]) {
    super(ErrorCode.BAD_USER_INPUT, `This enrollment cannot close yet: ${blockers.map((blocker) => blocker.description).join('; ')}.`, {
      reason: ErrorReason.CLOSURE_BLOCKED,
      blockers,
    });
  }
}

/**
 * What stands in the way of closing an enrollment, gathered in one place for the closure
 * itself and for the check a discharge wizard runs first: this context's unsigned notes, then
 * whatever each context above answers to ENROLLMENT_CLOSING (tasks, plans, referrals).
 */
@Injectable()
export class EnrollmentClosure {
  constructor(
    private readonly tenant: TenantScope,
    private readonly facts: EnrollmentFacts,
    private readonly events: EventEmitter2,
    private readonly staff: StaffLoader,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /**
   * The blockers closing the enrollment on `closedOn` (default today) would meet, without
   * closing it. Reading them reads the client's work, so the caller needs read access and the read is audited.
   */
  async check(enrollmentId: string, closedOn?: string | null): Promise<ClosureBlocker[]> {
    const enrollment = await this.facts.require(enrollmentId, 'read');
    const blockers = await this.blockers(enrollment, closedOn ?? this.clock.today());
    this.audit.recordRead({ action: AuditAction.READ, entityType: 'EnrollmentClosure', entityId: enrollment.id, clientId: enrollment.clientId });
    return blockers;
  }

  /** Refuses the closure, changing nothing, while anything stands in its way. */
  async refuseBlocked(enrollment: EnrollmentFact, closedOn: string): Promise<void> {
    const blockers = await this.blockers(enrollment, closedOn);
    if (blockers.length) throw new ClosureBlockedError(blockers);
  }

  async blockers(enrollment: EnrollmentFact, closedOn: string): Promise<ClosureBlocker[]> {
    const event: EnrollmentClosingEvent = { enrollment, closedOn };
    const answers = await emitInTransaction<unknown>(this.events, ClientEvent.ENROLLMENT_CLOSING, event);
    // Only a closing listener answers with blockers; anything listening to every event (onAny) answers nothing here.
    const theirs = answers.filter((answer): answer is ClosingListenerResult => Array.isArray(answer)).flat();
    return [...(await this.unsignedNotes(enrollment)), ...theirs];
  }

  /**
   * Drafts written for this enrollment; and when it is the client's last open enrollment, the
   * drafts tied to no enrollment too, since no later closure would catch them before the case ends.
   */
  private async unsignedNotes(enrollment: EnrollmentFact): Promise<ClosureBlocker[]> {
    const lastOpen = !(await this.tenant
      .repository(EnrollmentEntity)
      .findOneBy({ clientId: enrollment.clientId, id: Not(enrollment.id), status: Not(EnrollmentStatus.CLOSED) }));
    const drafts = await this.tenant
      .repository(CaseNoteEntity)
      .createQueryBuilder('note')
      .andWhere('note.clientId = :clientId AND note.status = :draft', { clientId: enrollment.clientId, draft: NoteStatus.DRAFT })
      .andWhere(
        new Brackets((which) => {
          which.where('note.enrollmentId = :enrollmentId', { enrollmentId: enrollment.id });
          if (lastOpen) which.orWhere('note.enrollmentId IS NULL');
        }),
      )
      .orderBy('note.occurredAt')
      .getMany();
    return Promise.all(
      drafts.map(async (note) => ({
        kind: ClosureBlockerKind.UNSIGNED_NOTE,
        id: note.id,
        description: `${timelineLine.note(note.noteType, false)} of ${note.occurredAt.toISOString().slice(0, 10)} by ${(await this.staff.load(note.authorId))?.displayName ?? 'a former worker'} is not signed`,
      })),
    );
  }
}
