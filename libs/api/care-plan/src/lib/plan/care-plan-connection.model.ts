import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { CarePlanModel } from './care-plan.model';

/** A page of care plans (the approval queue), with how many there are in all. */
@ObjectType()
export class CarePlanConnection extends Connection(CarePlanModel, 'CarePlan') {
  @Field(() => Int)
  totalCount: number;
}
