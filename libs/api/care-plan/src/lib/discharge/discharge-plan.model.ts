import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DischargePlanEntity } from './discharge-plan.entity';

@ObjectType('DischargePlan', { description: 'How an enrollment is meant to end: the planned date, why, the aftercare and the services that continue' })
export class DischargePlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => ID)
  enrollmentId: string;

  @Field(() => ID)
  clientId: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedOn: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'What the client does after leaving: supports, appointments, who to call' })
  aftercare: string | null;

  @Field(() => String, { nullable: true, description: 'Referrals and services that carry on after the discharge' })
  continuingServices: string | null;

  createdById: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(plan: DischargePlanEntity): DischargePlanModel {
    return {
      id: plan.id,
      version: plan.version,
      enrollmentId: plan.enrollmentId,
      clientId: plan.clientId,
      plannedOn: plan.plannedOn,
      reason: plan.reason,
      aftercare: plan.aftercare,
      continuingServices: plan.continuingServices,
      createdById: plan.createdById,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    };
  }
}
