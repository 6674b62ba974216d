import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** Emergency access just granted: the record opens to read until expiresAt. */
@ObjectType('EmergencyAccess')
export class EmergencyAccessModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => GraphQLISODateTime)
  grantedAt: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
