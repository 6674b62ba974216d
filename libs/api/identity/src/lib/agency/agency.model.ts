import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AgencyEntity } from './agency.entity';

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  static from(agency: AgencyEntity): AgencyModel {
    return { id: agency.id, name: agency.name, slug: agency.slug };
  }
}
