import { Field, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '../staff/staff.model';

@ObjectType('CaseloadReportCounts', { description: 'Clients on a caseload on the day, by the status of their case and by their risk level' })
export class CaseloadReportCounts {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  onHold: number;

  @Field(() => Int, { description: 'Open on the day, closed since' })
  closedSince: number;

  @Field(() => Int)
  lowRisk: number;

  @Field(() => Int)
  moderateRisk: number;

  @Field(() => Int)
  highRisk: number;
}

@ObjectType('CaseloadReportWorker')
export class CaseloadReportWorker extends CaseloadReportCounts {
  @Field(() => StaffModel)
  worker: StaffModel;
}

@ObjectType('CaseloadReport', {
  description: "Each worker's caseload on the period's last day (or today, if sooner): distinct clients whose open enrollment they held that day, by today's status and risk",
})
export class CaseloadReportModel {
  @Field({ description: 'The day counted, YYYY-MM-DD' })
  asOf: string;

  @Field(() => [CaseloadReportWorker], { description: 'By name' })
  workers: CaseloadReportWorker[];

  @Field(() => CaseloadReportCounts, { description: "Every client on the day once, whichever worker or workers serve them" })
  totals: CaseloadReportCounts;
}
