import { Injectable } from '@nestjs/common';
import { ClientGate, EnrollmentFacts, instantText, isInstant } from '@waymark/api/client';
import { BadInputError, decodeCursor, isUuid, type PageArgs, RequestContext, toConnection } from '@waymark/api/common';
import { CarePlanStatus, compareCarePlans, type ComparableGoal, type ComparablePlan } from '@waymark/shared/types';
import { Brackets, In } from 'typeorm';
import { CarePlanComparisonModel } from './care-plan-comparison.model';
import type { CarePlanConnection } from './care-plan-connection.model';
import { CarePlanPartsLoader } from './care-plan-parts.loader';
import { CarePlanRecords } from './care-plan-records';
import { CarePlanModel } from './care-plan.model';
import { CarePlanGoalEntity } from './entities/care-plan-goal.entity';
import type { CarePlanEntity } from './entities/care-plan.entity';

/** Plans being put in place: written, or waiting for a supervisor's approval. */
const IN_PROGRESS = [CarePlanStatus.DRAFT, CarePlanStatus.PENDING_APPROVAL];

/** Reading care plans; every plan shown is an audited read of its client's record. */
@Injectable()
export class CarePlanQueryService {
  constructor(
    private readonly records: CarePlanRecords,
    private readonly parts: CarePlanPartsLoader,
    private readonly gate: ClientGate,
    private readonly enrollments: EnrollmentFacts,
    private readonly context: RequestContext,
  ) {}

  async one(id: string): Promise<CarePlanModel> {
    const plan = await this.records.require(id, 'read', 'id');
    this.records.recordReads([plan]);
    return CarePlanModel.from(plan);
  }

  /** Every version of every plan of the client, newest first. */
  async forClient(clientId: string): Promise<CarePlanModel[]> {
    await this.gate.require(clientId, 'read');
    const plans = await this.records.plans.find({ where: { clientId }, order: { createdAt: 'DESC', revision: 'DESC' } });
    this.records.recordReads(plans);
    return plans.map(CarePlanModel.from);
  }

  /**
   * The client's plan in force: of their ACTIVE versions (one per enrollment), the latest to
   * take effect; null when none.
   */
  async active(clientId: string): Promise<CarePlanModel | null> {
    await this.gate.require(clientId, 'read');
    // The goals come in the same statement: the profile shows them with the plan. The plan is
    // found once, uncorrelated, then by its key.
    const plans = this.records.plans;
    const plan = await plans
      .createQueryBuilder('p')
      .leftJoinAndMapMany('p.goals', CarePlanGoalEntity, 'g', 'g.agency_id = p.agency_id AND g.care_plan_id = p.id')
      .andWhere(
        `p.id = (SELECT a.id FROM care_plan a WHERE a.agency_id = :planAgencyId AND a.client_id = :clientId AND a.status = :active
          ORDER BY a.effective_on DESC, a.created_at DESC, a.id DESC LIMIT 1)`,
        { planAgencyId: plans.agencyId, clientId, active: CarePlanStatus.ACTIVE },
      )
      .orderBy('g.position', 'ASC')
      .getOne();
    if (!plan) return null;
    this.parts.knownGoals(plan.id, (plan as CarePlanEntity & { goals: CarePlanGoalEntity[] }).goals);
    this.records.recordReads([plan]);
    return CarePlanModel.from(plan);
  }

  /**
   * The approval queue, the longest waiting first, a page at a time (keyset on the submission
   * instant to the microsecond, then the id). Supervisors and admins open any client.
   */
  async awaitingApproval({ first, after }: PageArgs): Promise<CarePlanConnection> {
    const query = this.records.plans.createQueryBuilder('p').andWhere('p.status = :status', { status: CarePlanStatus.PENDING_APPROVAL });
    const totalCount = await query.getCount();
    if (after) {
      const [at, id] = decodeCursor(after, [isInstant, isUuid]);
      query.andWhere('(p.submitted_at, p.id) > (:cursorAt::timestamptz, :cursorId::uuid)', { cursorAt: at, cursorId: id });
    }
    const { entities, raw } = await query
      .addSelect(instantText('p.submitted_at'), 'cursor_at')
      .orderBy('p.submitted_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const rows = entities.map((plan, i) => ({ plan, at: raw[i].cursor_at }));
    this.records.recordReads(entities.slice(0, first));
    return { ...toConnection(rows, first, (row) => CarePlanModel.from(row.plan), (row) => [row.at, row.plan.id]), totalCount };
  }

  /**
   * The plans a case manager is putting in place: drafts and plans awaiting approval of the
   * enrollments they are primary case manager of, or that they wrote, the oldest first; only
   * of clients they may still open. Four queries, however many plans.
   */
  async inProgressForMe(): Promise<CarePlanModel[]> {
    const me = this.context.requirePrincipal().id;
    // The caseload holds every client whose primary case manager the caller is (and those they serve on the team of).
    const caseload = await this.gate.caseloadIds(me);
    const query = this.records.plans
      .createQueryBuilder('p')
      .andWhere('p.status IN (:...inProgress)', { inProgress: IN_PROGRESS })
      .andWhere(
        new Brackets((mine) => {
          mine.where('p.authorId = :me', { me });
          if (caseload.length) mine.orWhere('p.clientId IN (:...caseload)', { caseload });
        }),
      )
      .orderBy('p.createdAt', 'ASC')
      .addOrderBy('p.id', 'ASC');
    await this.gate.restrictToOpenable(query, 'p.client_id');
    const candidates = await query.getMany();
    const enrollments = await this.enrollments.facts([...new Set(candidates.map((plan) => plan.enrollmentId))]);
    const primaries = new Map<string, string | null>(enrollments.map((enrollment) => [enrollment.id, enrollment.primaryCaseManagerId]));
    const plans = candidates.filter((plan) => plan.authorId === me || primaries.get(plan.enrollmentId) === me);
    this.records.recordReads(plans);
    return plans.map(CarePlanModel.from);
  }

  /** What changed between two versions of the same client's plans. */
  async compare(fromId: string, toId: string): Promise<CarePlanComparisonModel> {
    const from = await this.records.require(fromId, 'read', 'fromId');
    const to = await this.records.require(toId, 'read', 'toId');
    if (from.clientId !== to.clientId) throw new BadInputError("Compare two versions of the same client's plan.", [{ field: 'toId', message: "is another client's plan" }]);
    this.records.recordReads(from.id === to.id ? [from] : [from, to]);
    const [before, after] = await this.comparable([from, to]);
    return Object.assign(new CarePlanComparisonModel(), { from: CarePlanModel.from(from), to: CarePlanModel.from(to), ...compareCarePlans(before, after) });
  }

  /** The plans with their goals, objectives (by key) and interventions, in four queries. */
  private async comparable(plans: CarePlanEntity[]): Promise<ComparablePlan[]> {
    const goals = await this.records.goals.find({ where: { carePlanId: In(plans.map((p) => p.id)) }, order: { position: 'ASC' } });
    const goalIds = goals.map((goal) => goal.id);
    const objectives = goalIds.length ? await this.records.objectives.find({ where: { goalId: In(goalIds) }, order: { position: 'ASC' } }) : [];
    const interventions = goalIds.length ? await this.records.interventions.find({ where: { goalId: In(goalIds) }, order: { position: 'ASC' } }) : [];
    const objectiveKeys = new Map(objectives.map((objective) => [objective.id, objective.objectiveKey]));
    return plans.map((plan) => ({
      effectiveOn: plan.effectiveOn,
      reviewDueOn: plan.reviewDueOn,
      clientVision: plan.clientVision,
      strengths: plan.strengths,
      goals: goals
        .filter((goal) => goal.carePlanId === plan.id)
        .map(
          (goal): ComparableGoal => ({
            goalKey: goal.goalKey,
            statement: goal.statement,
            domain: goal.domain,
            priority: goal.priority,
            targetDate: goal.targetDate,
            status: goal.status,
            objectives: objectives.filter((objective) => objective.goalId === goal.id),
            interventions: interventions
              .filter((intervention) => intervention.goalId === goal.id)
              .map((intervention) => ({ ...intervention, objectiveKey: intervention.objectiveId ? (objectiveKeys.get(intervention.objectiveId) ?? null) : null })),
          }),
        ),
    }));
  }
}
