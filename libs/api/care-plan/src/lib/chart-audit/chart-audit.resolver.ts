import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffLoader, StaffModel } from '@waymark/api/client';
import { Allow, AllowSignedIn, Idempotent, PersonOnly } from '@waymark/api/common';
import { CHART_AUDIT_READER_ROLES, CHART_AUDITOR_ROLES } from '@waymark/shared/types';
import { ChartAuditChecklist } from './chart-audit-checklist.service';
import { ChartAuditQueryService } from './chart-audit-query.service';
import { ChartAuditService } from './chart-audit.service';
import { ChartAuditConnection, ChartAuditModel, ChartAuditReviewModel, ChecklistItemModel } from './chart-audit.model';
import { AnswerChartAuditItemInput } from './dto/answer-chart-audit-item.input';
import { AssignCorrectiveActionInput } from './dto/assign-corrective-action.input';
import { ChartAuditsArgs } from './dto/chart-audits.args';
import { AddChecklistItemInput, UpdateChecklistItemInput } from './dto/checklist-item.input';
import { CompleteChartAuditInput } from './dto/complete-chart-audit.input';
import { RecordChartFindingsInput } from './dto/record-chart-findings.input';
import { StartChartAuditInput } from './dto/start-chart-audit.input';

/** Chart audits: supervisors and admins run them; auditors read them. Every write answers with the audit as it now stands. */
@Resolver(() => ChartAuditModel)
export class ChartAuditResolver {
  constructor(
    private readonly audits: ChartAuditService,
    private readonly queries: ChartAuditQueryService,
    private readonly staff: StaffLoader,
    private readonly checklist: ChartAuditChecklist,
  ) {}

  @Query(() => [ChecklistItemModel], { description: 'The agency’s chart-audit checklist (the default one on first use)' })
  @Allow(...CHART_AUDIT_READER_ROLES)
  chartAuditChecklist() {
    return this.queries.items();
  }

  @Mutation(() => ChecklistItemModel, { description: 'Add an item to the end of the agency’s checklist: a question, or an automatic check' })
  @Allow(...CHART_AUDITOR_ROLES)
  @Idempotent()
  async addChartAuditChecklistItem(@Args('input') input: AddChecklistItemInput) {
    return ChecklistItemModel.from(await this.checklist.add(input));
  }

  @Mutation(() => ChecklistItemModel, { description: 'Relabel a checklist item, change its parameter, or take it off the checklist for audits started from now on' })
  @Allow(...CHART_AUDITOR_ROLES)
  async updateChartAuditChecklistItem(@Args('input') input: UpdateChecklistItemInput) {
    return ChecklistItemModel.from(await this.checklist.update(input));
  }

  @Query(() => ChartAuditConnection, { description: 'The agency’s chart audits, latest first' })
  @Allow(...CHART_AUDIT_READER_ROLES)
  chartAudits(@Args() args: ChartAuditsArgs) {
    return this.queries.list(args.withCriteria());
  }

  @Query(() => ChartAuditReviewModel, {
    description: 'One chart audit with its charts (for a worker, the charts that gave them a corrective action); each chart shown is an audited read of its client',
  })
  @AllowSignedIn()
  chartAudit(@Args('id', { type: () => ID }) id: string) {
    return this.queries.review(id);
  }

  @Mutation(() => ChartAuditReviewModel, { description: 'Start a quarter’s chart audit: draw the sample and pre-fill the automatic items with their evidence' })
  @Allow(...CHART_AUDITOR_ROLES)
  // A chart audit is a reviewer's judgment, signed by who made it: never a key's.
  @PersonOnly()
  @Idempotent()
  async startChartAudit(@Args('input') input: StartChartAuditInput) {
    return this.queries.review(await this.audits.start(input));
  }

  @Mutation(() => ChartAuditReviewModel, { description: 'Answer a chart’s item: confirm the system’s answer, or override it with a note' })
  @Allow(...CHART_AUDITOR_ROLES)
  @PersonOnly()
  async answerChartAuditItem(@Args('input') input: AnswerChartAuditItemInput) {
    return this.queries.review(await this.audits.answer(input));
  }

  @Mutation(() => ChartAuditReviewModel, { description: 'Record what the reviewer found in a chart' })
  @Allow(...CHART_AUDITOR_ROLES)
  @PersonOnly()
  async recordChartAuditFindings(@Args('input') input: RecordChartFindingsInput) {
    return this.queries.review(await this.audits.recordFindings(input));
  }

  @Mutation(() => ChartAuditReviewModel, { description: 'Assign a corrective action; it lands on the worker’s worklist as a CORRECTIVE_ACTION task' })
  @Allow(...CHART_AUDITOR_ROLES)
  @PersonOnly()
  @Idempotent()
  async assignCorrectiveAction(@Args('input') input: AssignCorrectiveActionInput) {
    return this.queries.review(await this.audits.assign(input));
  }

  @Mutation(() => ChartAuditReviewModel, { description: 'Complete the audit once every item of every chart is answered' })
  @Allow(...CHART_AUDITOR_ROLES)
  @PersonOnly()
  async completeChartAudit(@Args('input') input: CompleteChartAuditInput) {
    return this.queries.review(await this.audits.complete(input));
  }

  @ResolveField('worker', () => StaffModel, { nullable: true })
  worker(@Parent() audit: ChartAuditModel) {
    return this.staff.load(audit.workerId);
  }

  @ResolveField('startedBy', () => StaffModel, { nullable: true })
  startedBy(@Parent() audit: ChartAuditModel) {
    return this.staff.load(audit.startedById);
  }
}
