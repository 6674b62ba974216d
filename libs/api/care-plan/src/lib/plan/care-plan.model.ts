import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import type { AcknowledgementMethod, CarePlanStatus } from '@waymark/shared/types';
import { AcknowledgementMethod as AcknowledgementMethodEnum, CarePlanStatus as CarePlanStatusEnum } from './care-plan-enums';
import { CarePlanGoalModel } from './care-plan-goal.model';
import type { CarePlanEntity } from './entities/care-plan.entity';

/** The client a plan is for, as a queue of plans from many clients names them. */
@ObjectType('CarePlanClient')
export class CarePlanClientModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  clientNumber: string;
}

/** One version of an enrollment's care plan. */
@ObjectType('CarePlan')
export class CarePlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change (of the plan or any goal, objective or intervention); a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => ID)
  clientId: string;

  @Field(() => CarePlanClientModel, { nullable: true })
  client?: CarePlanClientModel | null;

  @Field(() => ID)
  enrollmentId: string;

  @Field(() => String)
  programName?: string;

  @Field(() => Int, { description: 'The version number within the enrollment: 1, 2, …' })
  revision: number;

  @Field(() => ID, { nullable: true, description: 'The version this one revises' })
  previousId: string | null;

  @Field(() => CarePlanStatusEnum)
  status: CarePlanStatus;

  @Field({ description: "When the plan takes effect, 'YYYY-MM-DD'" })
  effectiveOn: string;

  @Field(() => String, { nullable: true, description: "When the plan is due for review, 'YYYY-MM-DD'; set on approval from the program's review months when left empty" })
  reviewDueOn: string | null;

  @Field(() => String, { nullable: true, description: "The client's vision for their life, in their words" })
  clientVision: string | null;

  @Field(() => String, { nullable: true })
  strengths: string | null;

  @Field(() => ID, { nullable: true })
  sourceAssessmentId: string | null;

  @Field(() => ID, { nullable: true })
  templateId: string | null;

  authorId: string | null;

  @Field(() => StaffModel, { nullable: true })
  author?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  submittedById: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'Who submitted it for approval last' })
  submittedBy?: StaffModel | null;

  approvedById: string | null;

  @Field(() => StaffModel, { nullable: true })
  approvedBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The supervisor's note when the plan was last returned" })
  returnNote: string | null;

  @Field(() => String, { nullable: true, description: "The day the client acknowledged the plan, 'YYYY-MM-DD'" })
  acknowledgedOn: string | null;

  @Field(() => AcknowledgementMethodEnum, { nullable: true })
  acknowledgementMethod: AcknowledgementMethod | null;

  @Field(() => String, { nullable: true, description: 'Who acknowledged: the client, or their guardian or representative' })
  acknowledgedBy: string | null;

  @Field(() => String, { nullable: true })
  acknowledgementNote: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true })
  closeReason: string | null;

  @Field(() => [CarePlanGoalModel], { description: 'In position order' })
  goals?: CarePlanGoalModel[];

  @Field({ description: 'Whether the caller may change this version now (a draft of a client they may write to)' })
  mayEdit?: boolean;

  @Field({ description: 'Whether the caller may approve or return this version now (a supervisor who neither wrote nor submitted it)' })
  mayApprove?: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(plan: CarePlanEntity): CarePlanModel {
    return Object.assign(new CarePlanModel(), {
      id: plan.id,
      version: plan.version,
      clientId: plan.clientId,
      enrollmentId: plan.enrollmentId,
      revision: plan.revision,
      previousId: plan.previousId,
      status: plan.status,
      effectiveOn: plan.effectiveOn,
      reviewDueOn: plan.reviewDueOn,
      clientVision: plan.clientVision,
      strengths: plan.strengths,
      sourceAssessmentId: plan.sourceAssessmentId,
      templateId: plan.templateId,
      authorId: plan.authorId,
      submittedAt: plan.submittedAt,
      submittedById: plan.submittedBy,
      approvedById: plan.approvedBy,
      approvedAt: plan.approvedAt,
      returnNote: plan.returnNote,
      acknowledgedOn: plan.acknowledgedOn,
      acknowledgementMethod: plan.acknowledgementMethod,
      acknowledgedBy: plan.acknowledgedBy,
      acknowledgementNote: plan.acknowledgementNote,
      closedAt: plan.closedAt,
      closeReason: plan.closeReason,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    });
  }
}
