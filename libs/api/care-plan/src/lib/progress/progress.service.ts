import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { NoteFacts, TimelineService } from '@waymark/api/client';
import { actingUserId, BadInputError, Clock, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, datesBeforeEffective, TimelineKind } from '@waymark/shared/types';
import { CarePlanReader } from '../plan/care-plan-reader';
import { CARE_PLAN } from '../plan/care-plan-records';
import { carePlanLine } from '../plan/care-plan-timeline-lines';
import type { RecordProgressInput } from './dto/record-progress.input';
import { ProgressEntryEntity } from './progress-entry.entity';
import { ProgressEntryModel } from './progress-entry.model';

export const PROGRESS_ENTRY = 'ProgressEntry';

/** Recording progress on a goal of the plan in force, also from the case note it was seen in. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly plans: CarePlanReader,
    private readonly notes: NoteFacts,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  @Transactional()
  async record(input: RecordProgressInput): Promise<ProgressEntryModel> {
    const target = await this.plans.progressTarget(input.carePlanId, input.goalKey, input.objectiveKey);
    if (input.recordedOn > this.clock.today()) throw new BadInputError('Progress is recorded once it is seen, not ahead.', [{ field: 'recordedOn', message: 'is in the future' }]);
    // A goal is worked on from the day its plan takes effect: a rating dated earlier belongs to no plan in force.
    const early = datesBeforeEffective(target.effectiveOn, [{ field: 'recordedOn', date: input.recordedOn }]);
    if (early.length) throw new BadInputError('Progress is recorded from the day the plan takes effect.', early);
    if (input.caseNoteId) await this.refuseForeignNote(input.caseNoteId, target.clientId);
    const principal = this.context.requirePrincipal();
    const entries = this.tenant.repository(ProgressEntryEntity);
    const entry = await entries.save(
      entries.create({
        clientId: target.clientId,
        enrollmentId: target.enrollmentId,
        goalKey: target.goalKey,
        objectiveKey: target.objectiveKey,
        rating: input.rating,
        note: input.note ?? null,
        recordedOn: input.recordedOn,
        caseNoteId: input.caseNoteId ?? null,
        recordedBy: actingUserId(principal),
      }),
    );
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: PROGRESS_ENTRY,
      entityId: entry.id,
      clientId: entry.clientId,
      changes: {
        carePlanId: { to: target.carePlanId },
        goalKey: { to: entry.goalKey },
        objectiveKey: { to: entry.objectiveKey },
        rating: { to: entry.rating },
        recordedOn: { to: entry.recordedOn },
        caseNoteId: { to: entry.caseNoteId },
        noteLength: { to: entry.note?.length ?? 0 },
      },
    });
    await this.timeline.add({
      clientId: entry.clientId,
      occurredAt: input.recordedOn === this.clock.today() ? this.clock.now() : new Date(`${input.recordedOn}T12:00:00Z`),
      kind: TimelineKind.PROGRESS,
      sourceType: CARE_PLAN,
      sourceId: target.carePlanId,
      summary: carePlanLine.progress(entry.rating),
    });
    return ProgressEntryModel.from(entry);
  }

  /** The note must be one of this client's that the caller can see (the client context's rule: signed, or their own draft). */
  private async refuseForeignNote(caseNoteId: string, clientId: string): Promise<void> {
    const note = await this.notes.findVisible(caseNoteId);
    if (note?.clientId === clientId) return;
    throw new BadInputError("That case note is not one of this client's.", [{ field: 'caseNoteId', message: "is not a note of this client's" }]);
  }
}
