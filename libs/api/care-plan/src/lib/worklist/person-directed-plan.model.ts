import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PersonDirectedPlanEntity } from './person-directed-plan.entity';

@ObjectType('PersonDirectedPlan')
export class PersonDirectedPlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  clientId: string;

  @Field(() => ID)
  enrollmentId: string;

  @Field({ description: "When it was received, as 'YYYY-MM-DD'" })
  receivedOn: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(plan: PersonDirectedPlanEntity): PersonDirectedPlanModel {
    return Object.assign(new PersonDirectedPlanModel(), {
      id: plan.id,
      version: plan.version,
      clientId: plan.clientId,
      enrollmentId: plan.enrollmentId,
      receivedOn: plan.receivedOn,
      note: plan.note,
      createdAt: plan.createdAt,
    });
  }
}
