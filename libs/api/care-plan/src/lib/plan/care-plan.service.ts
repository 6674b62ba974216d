import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { createdChanges, EnrollmentFacts, type EnrollmentFact, textByLength, writeChanges } from '@waymark/api/client';
import { actingUserId, BadInputError, NotFoundError, RequestContext } from '@waymark/api/common';
import { AuditAction, CarePlanStatus, datesBeforeEffective } from '@waymark/shared/types';
import { In } from 'typeorm';
import { AssessmentReader } from '../assessment/assessment-reader';
import { CarePlanGoalWriter } from './care-plan-goal-writer';
import { CARE_PLAN, CarePlanRecords } from './care-plan-records';
import { CarePlanModel } from './care-plan.model';
import type { CreateCarePlanInput } from './dto/create-care-plan.input';
import type { UpdateCarePlanInput } from './dto/update-care-plan.input';
import type { CarePlanEntity } from './entities/care-plan.entity';
import type { PlanTemplateEntity } from './entities/plan-template.entity';
import { type GoalDraft, goalsFromNeeds, goalsFromTemplate } from './goal-drafts';
import { NEW_DRAFT } from './new-draft';

/** What the plan's author writes and may change while it is a draft. */
const FIELDS = ['effectiveOn', 'reviewDueOn', 'clientVision', 'strengths'] as const satisfies readonly (keyof CarePlanEntity)[];
/** The client's words: audited by length (see textByLength). */
const PLAN_FREE_TEXT = ['clientVision', 'strengths'];

/** Plans being worked on or in force: an enrollment has at most one of each kind. */
const OPEN_STATUSES = [CarePlanStatus.DRAFT, CarePlanStatus.PENDING_APPROVAL, CarePlanStatus.ACTIVE];

/**
 * Starting a care plan for an enrollment (from a template and the needs an assessment found)
 * and changing a draft's own fields.
 */
@Injectable()
export class CarePlanService {
  constructor(
    private readonly records: CarePlanRecords,
    private readonly writer: CarePlanGoalWriter,
    private readonly enrollments: EnrollmentFacts,
    private readonly assessments: AssessmentReader,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  @Transactional()
  async create(input: CreateCarePlanInput): Promise<CarePlanModel> {
    const enrollment = await this.enrollments.require(input.enrollmentId, 'write');
    if (enrollment.closedOn) throw new BadInputError('This enrollment is closed; a plan needs an open enrollment.', [{ field: 'enrollmentId', message: 'is closed' }]);
    await this.refuseSecondPlan(enrollment);
    this.refuseEarlyReview(input.effectiveOn, input.reviewDueOn);
    const language = input.language ?? 'en';
    const drafts: GoalDraft[] = [];
    if (input.templateId) drafts.push(...goalsFromTemplate((await this.template(input.templateId, enrollment)).goals, language));
    if (input.needSources?.length && !input.fromAssessmentId) {
      throw new BadInputError('Name the assessment whose needs become goals.', [{ field: 'fromAssessmentId', message: 'is required with needSources' }]);
    }
    if (input.fromAssessmentId) {
      const assessment = await this.assessments.requireCompleted(input.fromAssessmentId, { field: 'fromAssessmentId' });
      if (assessment.clientId !== enrollment.clientId) {
        throw new BadInputError("That assessment is another client's.", [{ field: 'fromAssessmentId', message: "is another client's" }]);
      }
      const needs = CarePlanGoalWriter.chooseNeeds(assessment.needs, input.needSources ?? [], 'needSources');
      drafts.push(...goalsFromNeeds(assessment.id, needs, language));
    }
    const last = await this.records.plans.find({ where: { enrollmentId: enrollment.id }, order: { revision: 'DESC' }, take: 1 });
    const plan = await this.records.insert(
      this.records.plans.create({
        ...NEW_DRAFT,
        clientId: enrollment.clientId,
        enrollmentId: enrollment.id,
        revision: (last[0]?.revision ?? 0) + 1,
        previousId: null,
        effectiveOn: input.effectiveOn,
        reviewDueOn: input.reviewDueOn ?? null,
        clientVision: input.clientVision ?? null,
        strengths: input.strengths ?? null,
        sourceAssessmentId: input.fromAssessmentId ?? null,
        templateId: input.templateId ?? null,
        authorId: actingUserId(this.context.requirePrincipal()),
      }),
    );
    await this.writer.append(plan, drafts);
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: CARE_PLAN,
      entityId: plan.id,
      clientId: plan.clientId,
      changes: {
        ...textByLength(createdChanges(plan, ['enrollmentId', 'revision', 'status', 'templateId', 'sourceAssessmentId', ...FIELDS]), PLAN_FREE_TEXT),
        goals: { to: drafts.length },
      },
    });
    return CarePlanModel.from(plan);
  }

  @Transactional()
  async update({ carePlanId, version, ...patch }: UpdateCarePlanInput): Promise<CarePlanModel> {
    const before = await this.records.requireDraft(carePlanId, version);
    const effectiveOn = patch.effectiveOn ?? before.effectiveOn;
    this.refuseEarlyReview(effectiveOn, patch.reviewDueOn === undefined ? before.reviewDueOn : patch.reviewDueOn);
    if (patch.effectiveOn) await this.refuseLaterStart(before, effectiveOn);
    const { row: plan, changes } = await writeChanges(this.records.plans, before, version, patch, FIELDS, 'Care plan');
    if (Object.keys(changes).length) {
      await this.audit.record({ action: AuditAction.UPDATE, entityType: CARE_PLAN, entityId: plan.id, clientId: plan.clientId, changes: textByLength(changes, PLAN_FREE_TEXT) });
    }
    return CarePlanModel.from(plan);
  }

  /** One plan in progress and one in force per enrollment: an active plan is revised, not started again. */
  private async refuseSecondPlan(enrollment: EnrollmentFact): Promise<void> {
    const open = await this.records.plans.findOneBy({ enrollmentId: enrollment.id, status: In(OPEN_STATUSES) });
    if (!open) return;
    const why = open.status === CarePlanStatus.ACTIVE ? 'has an active plan; revise it instead' : 'already has a plan being written';
    throw new BadInputError(`This enrollment ${why}.`, [{ field: 'enrollmentId', message: why }]);
  }

  private refuseEarlyReview(effectiveOn: string, reviewDueOn: string | null | undefined): void {
    const problems = datesBeforeEffective(effectiveOn, [{ field: 'reviewDueOn', date: reviewDueOn }]);
    if (problems.length) throw new BadInputError('The review date is before the plan takes effect.', problems);
  }

  /** Moving the start past a goal's or objective's target date would leave it due before the plan starts. */
  private async refuseLaterStart(plan: CarePlanEntity, effectiveOn: string): Promise<void> {
    const goals = await this.records.goals.find({ where: { carePlanId: plan.id } });
    const objectives = goals.length ? await this.records.objectives.find({ where: { goalId: In(goals.map((g) => g.id)) } }) : [];
    const early = [...goals, ...objectives].filter((row) => row.targetDate && row.targetDate < effectiveOn);
    if (early.length) {
      throw new BadInputError(`${early.length} goal or objective target date(s) fall before ${effectiveOn}; change them first.`, [
        { field: 'effectiveOn', message: 'is after a goal or objective target date' },
      ]);
    }
  }

  private async template(templateId: string, enrollment: EnrollmentFact): Promise<PlanTemplateEntity> {
    const template = await this.records.templates.findOneBy({ id: templateId });
    if (!template) throw new NotFoundError('Plan template');
    if (!template.active) throw new BadInputError('That template is no longer offered.', [{ field: 'templateId', message: 'is inactive' }]);
    if (template.programId && template.programId !== enrollment.programId) {
      throw new BadInputError('That template is for another program.', [{ field: 'templateId', message: 'is for another program' }]);
    }
    return template;
  }
}
