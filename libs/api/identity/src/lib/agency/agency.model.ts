import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;
}
