import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class CarePlanIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a care plan id' })
  id: string;
}

@ArgsType()
export class ClientCarePlansArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId: string;
}

/** Two versions of the same enrollment's plan, in either order. */
@ArgsType()
export class CarePlanComparisonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'fromId must be a care plan id' })
  fromId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'toId must be a care plan id' })
  toId: string;
}
