import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientNames, StaffLoader, StaffModel } from '@waymark/api/client';
import { AuditedChartModel, ChartAnswerModel, ChartAuditClientModel, CorrectiveActionModel, WorkerComplianceModel } from './chart-audit.model';

/** The people and clients a chart audit names, batched per request. */
@Resolver(() => AuditedChartModel)
export class AuditedChartResolver {
  constructor(
    private readonly staff: StaffLoader,
    private readonly clients: ClientNames,
  ) {}

  @ResolveField('client', () => ChartAuditClientModel, { nullable: true })
  client(@Parent() chart: AuditedChartModel) {
    return this.clients.load(chart.clientId);
  }

  @ResolveField('worker', () => StaffModel, { nullable: true })
  worker(@Parent() chart: AuditedChartModel) {
    return this.staff.load(chart.workerId);
  }
}

@Resolver(() => ChartAnswerModel)
export class ChartAnswerResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('answeredBy', () => StaffModel, { nullable: true })
  answeredBy(@Parent() answer: ChartAnswerModel) {
    return this.staff.load(answer.answeredById);
  }
}

@Resolver(() => CorrectiveActionModel)
export class CorrectiveActionResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('assignee', () => StaffModel, { nullable: true })
  assignee(@Parent() action: CorrectiveActionModel) {
    return this.staff.load(action.assigneeId);
  }
}

@Resolver(() => WorkerComplianceModel)
export class WorkerComplianceResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField('worker', () => StaffModel, { nullable: true })
  worker(@Parent() row: WorkerComplianceModel) {
    return this.staff.load(row.workerId);
  }
}
