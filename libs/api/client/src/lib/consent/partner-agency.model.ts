import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PartnerAgency', { description: 'Another agency on Waymark, which a consent may name as the recipient' })
export class PartnerAgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
