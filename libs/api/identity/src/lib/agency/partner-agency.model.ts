import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PartnerAgency', { description: 'Another agency on Waymark: one a consent may name as the recipient, or the agency a directory organization is' })
export class PartnerAgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
