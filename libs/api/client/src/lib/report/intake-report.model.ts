import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IntakeReportMonth')
export class IntakeReportMonth {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Enrollments opened in the month' })
  intakes: number;

  @Field(() => Int, { description: 'Enrollments closed in the month' })
  discharges: number;
}

@ObjectType('DischargeReasonCount')
export class DischargeReasonCount {
  @Field()
  reason: string;

  @Field(() => Int)
  discharges: number;
}

@ObjectType('IntakeReport', { description: 'Enrollments opened (intakes) and closed (discharges) in the period, by month, and the reasons given for closing' })
export class IntakeReportModel {
  @Field(() => [IntakeReportMonth], { description: "Every month the period touches, in order, empty ones included" })
  months: IntakeReportMonth[];

  @Field(() => Int)
  intakes: number;

  @Field(() => Int)
  discharges: number;

  @Field(() => [DischargeReasonCount], { description: 'The commonest reasons (case and edge spaces aside), most given first; a reason given fewer than 3 times in the report is not named' })
  reasons: DischargeReasonCount[];

  @Field(() => Int, { description: 'Discharges whose reason is not among `reasons`: rare, blank or none' })
  otherReasons: number;
}
