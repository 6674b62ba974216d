import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/**
 * Names a plan at the version the caller last saw. Every change to the plan or to one of its
 * goals, objectives or interventions sends it and bumps it, so two editors never overwrite
 * each other's work unseen.
 */
@InputType()
export class CarePlanVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'carePlanId must be a care plan id' })
  carePlanId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
